import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { formToDocx, xmlSafeText } from '../../../src/lib/forms/docx';
import { fieldValue } from '../../../src/lib/forms/inline';
import { formDocumentSchema } from '../../../src/schemas/form';

const FORBIDDEN = [
  ...Array.from({ length: 9 }, (_, code) => String.fromCharCode(code)),
  '\u000B',
  '\u000C',
  ...Array.from({ length: 0x20 - 0x0e }, (_, index) => String.fromCharCode(0x0e + index)),
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
];

describe('text XML can hold', () => {
  test('every character XML 1.0 forbids is removed', () => {
    for (const char of FORBIDDEN) expect(xmlSafeText(`a${char}b`), char.codePointAt(0)!.toString(16)).toBe('ab');
    // Joined without a separator, \uDBFF\uDC00 would be one (allowed) character.
    expect(xmlSafeText(FORBIDDEN.join('-'))).toBe('-'.repeat(FORBIDDEN.length - 1));
  });

  test('everything XML allows is kept: tab, line breaks, Vietnamese, symbols, paired surrogates, markup characters', () => {
    const allowed = 'a\tb\nc\rd Đảng ủy “Khối” — 𠀀 😀 \uFFFD \uFFFC <&>"\' \u007F \u0085 \uE000';
    expect(xmlSafeText(allowed)).toBe(allowed);
  });

  test('a lone surrogate goes, its neighbours stay', () => {
    expect(xmlSafeText('x\uD83Dy\uDE00z😀')).toBe('xyz😀');
  });
});

describe('field values read for a document', () => {
  test('only a string of the record itself counts', () => {
    const values = JSON.parse('{"Tên": "  Chi bộ 1 ", "Số": 42, "Rỗng": null}') as Record<string, string>;
    expect(fieldValue(values, 'Tên')).toBe('Chi bộ 1');
    expect(fieldValue(values, 'Số')).toBe('');
    expect(fieldValue(values, 'Rỗng')).toBe('');
    expect(fieldValue(values, 'constructor')).toBe('');
    expect(fieldValue(values, 'Thiếu')).toBe('');
  });
});

describe('the .docx of a form filled with characters XML forbids', () => {
  const doc = formDocumentSchema.parse({
    type: 'BÁO CÁO',
    title: ['Tháng {{.....|Tháng}}'],
    body: [{ kind: 'paragraph', text: 'Chi bộ: {{.....|Chi bộ}}', answer: 'Nội dung' }],
  });

  test('has none of them in its XML, and keeps the rest of the text; non-text values leave the blank as printed', async () => {
    const values = {
      Tháng: `0\u00011\uFFFF`,
      'Chi bộ': `A\uD800 & <B>`,
      'Nội dung': `Dòng\u000B một\nDòng hai\u0000`,
      constructor: 'x',
    };
    const bytes = new Uint8Array(await Packer.toBuffer(formToDocx(doc, values, `Tên\uFFFE`)));
    const files = unzipSync(bytes);
    for (const [name, file] of Object.entries(files)) {
      if (!name.endsWith('.xml')) continue;
      const xml = strFromU8(file);
      for (const char of FORBIDDEN)
        expect(xml.includes(char), `${name} holds U+${char.codePointAt(0)!.toString(16)}`).toBe(false);
    }
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('>01<');
    expect(xml).toContain('A &amp; &lt;B&gt;');
    expect(xml).toContain('>Dòng một<');
    expect(xml).toContain('>Dòng hai<');
    const nonText = new Uint8Array(
      await Packer.toBuffer(formToDocx(doc, { Tháng: 7 as unknown as string, 'Chi bộ': 'Chi bộ 3' })),
    );
    const text = strFromU8(unzipSync(nonText)['word/document.xml']!);
    expect(text).toContain('>.....<');
    expect(text).toContain('>Chi bộ 3<');
  });
});
