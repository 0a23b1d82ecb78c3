import { describe, expect, test } from 'vitest';
import { formBlockAnchor, formCitations } from '../../../src/lib/forms/citations';
import { parseInline } from '../../../src/lib/forms/inline';
import type { FormDocument } from '../../../src/schemas/form';

const doc = (body: { kind: 'heading' | 'paragraph'; text: string }[]) =>
  ({ body: body.map((block) => ({ ...block, text: parseInline(block.text) })) }) as unknown as FormDocument;

describe('formCitations', () => {
  test('finds the documents a body paragraph cites, with its anchor and offsets in the printed paragraph', () => {
    const text =
      'Căn cứ Chỉ thị số 05-CT/TW của Bộ Chính trị, Kế hoạch 51-KH/TU (ngày 14/9/2016) của Ban Thường vụ Tỉnh ủy, Kế hoạch số 16-KH/ĐUK (ngày 07/10/2016)';
    const found = formCitations(
      doc([
        { kind: 'heading', text: 'III- NHIỆM VỤ' },
        { kind: 'paragraph', text },
      ]),
    );
    expect(found.map((f) => [f.anchor, f.citation.number, f.citation.date])).toEqual([
      ['doan-2', '05-CT/TW', null],
      ['doan-2', '51-KH/TU', '14/9/2016'],
      ['doan-2', '16-KH/ĐUK', '07/10/2016'],
    ]);
    for (const { paragraph, citation } of found)
      expect(paragraph.slice(citation.start, citation.end)).toBe(citation.text);
  });

  test('counts blanks and italics in the offsets, and never reads a citation across a blank', () => {
    const found = formCitations(
      doc([{ kind: 'paragraph', text: 'Theo Kế hoạch số {{.....|Số}}-KH/ĐUK và *hướng dẫn số 36-HD/VPTW*' }]),
    );
    expect(found.map((f) => f.citation.number)).toEqual(['36-HD/VPTW']);
    const [{ paragraph, citation }] = found as [(typeof found)[0]];
    expect(paragraph.slice(citation.start, citation.end)).toBe('hướng dẫn số 36-HD/VPTW');
  });

  test('leaves headings as printed, as plan headings are', () => {
    expect(formCitations(doc([{ kind: 'heading', text: 'SƠ KẾT CHỈ THỊ SỐ 05-CT/TW' }]))).toEqual([]);
  });

  test('anchors count body blocks from one', () => {
    expect(formBlockAnchor(0)).toBe('doan-1');
  });
});
