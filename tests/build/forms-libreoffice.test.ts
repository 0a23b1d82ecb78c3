import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { formToDocx } from '../../src/lib/forms/docx';
import { segmentsText } from '../../src/lib/forms/inline';
import { formParagraphs } from '../../src/lib/forms/model';
import type { FormDocument } from '../../src/schemas/form';
import { dist, requireBuilt } from '../helpers/dist';
import { readForms } from '../helpers/forms';
import { filedPrintProblems, flat, lastWords, pdfPageTexts, pdftotext } from '../helpers/pdf-text';

/** Only where LibreOffice is installed (CI does not install it): the .docx must open and render on A4. */
const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();

/** The .docx as LibreOffice prints it: the PDF's path. */
function toPdf(docx: string): string {
  const out = mkdtempSync(path.join(tmpdir(), 'so-tay-lo-'));
  const result = spawnSync(
    soffice,
    [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, docx],
    { encoding: 'utf8' },
  );
  expect(result.status).toBe(0);
  return path.join(out, `${path.basename(docx, '.docx')}.pdf`);
}

/** What ends the form's body (its last paragraph, or the last row of a closing table) and signs it. */
function documentParts(doc: FormDocument): { bodyEnd: string; signature: string[] } {
  const body = formParagraphs({ ...doc, recipients: null, signature: null }).filter((text) => flat(text));
  const { signature } = doc;
  return {
    bodyEnd: lastWords(body.at(-1) ?? ''),
    signature: signature ? [...signature.roles, signature.name ? segmentsText(signature.name) : ''] : [],
  };
}

describe.skipIf(!soffice)('the .docx files open in LibreOffice', () => {
  // The "Bản để điền" (<id>.docx) and the original (<id>-ban-goc.docx) alike.
  const files = readForms().flatMap(({ id }) => [id, `${id}-ban-goc`]);
  test.each(files)('%s renders to an A4 PDF', async (id) => {
    const pdf = await PDFDocument.load(readFileSync(toPdf(path.join(requireBuilt(dist), 'bieu-mau', `${id}.docx`))));
    const { width, height } = pdf.getPages()[0]!.getSize();
    expect(Math.abs(width - 595.3)).toBeLessThan(2);
    expect(Math.abs(height - 841.9)).toBeLessThan(2);
  });
});

describe.skipIf(!soffice || !pdftotext)('the .docx files print as filed', () => {
  test.each(readForms())('$id: numbered from page 2, the signature kept with the last paragraph', ({ id, data }) => {
    const pages = pdfPageTexts(toPdf(path.join(requireBuilt(dist), 'bieu-mau', `${id}.docx`)));
    expect(filedPrintProblems(pages, documentParts(data.document))).toEqual([]);
  });

  test('a filled .docx holds every typed value whole: a long model name and a long chi bộ name', async () => {
    const form = readForms().find((entry) => entry.id === 'tra-vinh-43-kh-duk-mau-01')!;
    const values = {
      'Tên mô hình':
        'Cán bộ, đảng viên Văn phòng Sở Nội vụ tỉnh Trà Vinh gương mẫu, tận tụy, sáng tạo, gần dân, vì dân, phục vụ nhân dân',
      'Tên chi bộ (hoặc đảng ủy)': 'CHI BỘ VĂN PHÒNG SỞ NỘI VỤ VÀ TRUNG TÂM LƯU TRỮ LỊCH SỬ TỈNH TRÀ VINH',
    };
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'so-tay-docx-')), 'da-dien.docx');
    writeFileSync(file, await Packer.toBuffer(formToDocx(form.data.document, values)));
    const text = flat(pdfPageTexts(toPdf(file), { layout: false }).join(' '));
    for (const value of Object.values(values)) expect(text).toContain(value);
  });
});
