import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { formParagraphs } from '../../src/lib/forms/model';
import { blankFormDocx } from '../../src/lib/forms/docx-file';
import { fillableDocument } from '../../src/lib/forms/edits';
import { dist, requireBuilt } from '../helpers/dist';
import { comparableText, readForms } from '../helpers/forms';
import { sourcesDir } from '../helpers/plans';

const forms = readForms();
const MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * MM);
/** Markdown marks of the seed text (bold, italic, escapes, <i>) and whitespace do not count. */
const normalize = (text: string) =>
  text
    .replace(/\\|\*|<\/?i>/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

describe.each(forms)('form $id', ({ id, data }) => {
  /** /bieu-mau/<id>.docx is the "Bản để điền", /bieu-mau/<id>-ban-goc.docx the verbatim original. */
  const versions = [
    {
      version: 'fillable',
      file: () => path.join(requireBuilt(dist), 'bieu-mau', `${id}.docx`),
      doc: fillableDocument(data),
    },
    {
      version: 'original',
      file: () => path.join(requireBuilt(dist), 'bieu-mau', `${id}-ban-goc.docx`),
      doc: data.document,
    },
  ] as const;

  test('is transcribed verbatim: every line of the typed source occurs in the seed lines it cites', () => {
    const seed = readFileSync(path.join(sourcesDir, data.source.file), 'utf8').split('\n');
    const printed = normalize(seed.slice(data.source.firstLine - 1, data.source.lastLine).join('\n'));
    for (const paragraph of formParagraphs(data.document)) expect(printed).toContain(normalize(paragraph));
  });

  test.each(versions)(
    'its $version .docx read back by mammoth has exactly the text of that version',
    async ({ file, doc }) => {
      const { value } = await mammoth.extractRawText({ buffer: readFileSync(file()) });
      expect(comparableText([value])).toBe(comparableText(formParagraphs(doc)));
    },
  );

  test.each(versions)(
    'its $version .docx is A4 with Party margins, Times New Roman 14 pt, header as a borderless table',
    async ({ file, doc }) => {
      const zip = await JSZip.loadAsync(readFileSync(file()));
      const xml = await zip.file('word/document.xml')!.async('string');
      const styles = await zip.file('word/styles.xml')!.async('string');
      expect(xml).toMatch(new RegExp(`<w:pgSz w:w="${twips(210)}" w:h="${twips(297)}"`, 'u'));
      const margin = /<w:pgMar ([^>]*)\/>/u.exec(xml)![1]!;
      expect(margin).toContain(`w:top="${twips(20)}"`);
      expect(margin).toContain(`w:bottom="${twips(20)}"`);
      expect(margin).toContain(`w:left="${twips(30)}"`);
      expect(margin).toContain(`w:right="${twips(15)}"`);
      const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/u.exec(styles)![0];
      expect(defaults).toContain('w:ascii="Times New Roman"');
      expect(defaults).toMatch(/<w:sz w:val="28"\/>/u);
      if (doc.header) {
        const firstTable = /<w:tbl>[\s\S]*?<\/w:tblPr>/u.exec(xml)![0];
        expect(firstTable).toMatch(/<w:top w:val="none"/u);
        expect(firstTable).toMatch(/<w:insideV w:val="none"/u);
        expect(xml.indexOf('<w:tbl>')).toBeLessThan(xml.indexOf(doc.header.party));
      }
    },
  );

  test.each(versions)(
    'its $version .docx is byte-identical when generated again (no timestamps)',
    async ({ version, file }) => {
      const again = await blankFormDocx(data, version);
      expect(Buffer.from(again).equals(readFileSync(file()))).toBe(true);
      const core = await (await JSZip.loadAsync(again)).file('docProps/core.xml')!.async('string');
      expect(core).not.toMatch(/dcterms:(created|modified)/u);
    },
  );
});

describe('mẫu 02', () => {
  test('its table is a real Word table whose "Ghi chú" header spans two columns above two sub-columns', async () => {
    const zip = await JSZip.loadAsync(
      readFileSync(path.join(requireBuilt(dist), 'bieu-mau', 'tra-vinh-43-kh-duk-mau-02.docx')),
    );
    const xml = await zip.file('word/document.xml')!.async('string');
    const tables = xml.split('<w:tbl>').slice(1);
    const data = tables.find((table) => table.includes('Ghi chú'))!;
    const rows = data.split('<w:tr>').slice(1);
    const ghiChu = rows[0]!.split('<w:tc>').find((cell) => cell.includes('Ghi chú'))!;
    expect(ghiChu).toContain('<w:gridSpan w:val="2"/>');
    // TT, Tên chi bộ, Tên mô hình, Thời gian: merged down into the second header row.
    expect((rows[0]!.match(/<w:vMerge w:val="restart"\/>/gu) ?? []).length).toBe(4);
    expect((rows[1]!.match(/<w:vMerge w:val="continue"\/>|<w:vMerge\/>/gu) ?? []).length).toBe(4);
    expect(rows[1]).toContain('Mô hình đang triển khai thực hiện');
    expect(rows[1]).toContain('Mô hình mới');
    expect(data).toContain('<w:tblHeader/>');
    // Header rows, the example row and five numbered rows.
    expect(rows).toHaveLength(2 + 6);
  });
});

describe('the two versions of the Tây Ninh report, read back from the built .docx files', () => {
  const form = forms.find((entry) => entry.id === 'tay-ninh-28-kh-duk-bao-cao-to-dang')!;
  const text = async (name: string) =>
    (await mammoth.extractRawText({ buffer: readFileSync(path.join(requireBuilt(dist), 'bieu-mau', name)) })).value;
  const misprints = form.data.edits.filter((edit) => edit.kind === 'misprint');

  test('declares the misprints its editorial notes name and its fixed years', () => {
    expect(misprints.map((edit) => edit.find)).toEqual(['ĐẢNG CÔNG SẢN VIỆT NAM', 'phân đấu']);
    expect(form.data.edits.filter((edit) => edit.kind === 'year').map((edit) => edit.find)).toEqual([
      'năm 2020',
      '/2020',
    ]);
  });

  test('the fillable one holds no fixed 2020 and no declared misprint, and a blank for each year', async () => {
    const fillable = await text(`${form.id}.docx`);
    expect(fillable).not.toContain('2020');
    for (const edit of misprints) {
      expect(fillable).not.toContain(edit.find);
      expect(fillable).toContain(edit.replace);
    }
    expect(fillable).toContain('năm .....');
    expect(fillable).toContain('tháng .../.....');
  });

  test('the original still holds them, as printed', async () => {
    const original = await text(`${form.id}-ban-goc.docx`);
    expect(original).toContain('năm 2020');
    expect(original.match(/\/2020/gu)).toHaveLength(6);
    for (const edit of misprints) expect(original).toContain(edit.find);
  });
});
