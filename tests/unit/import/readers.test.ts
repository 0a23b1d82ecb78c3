import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { strToU8, zipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { readDocx } from '../../../src/lib/import/reader-docx';
import { formatCounter } from '../../../src/lib/import/docx/numbering';
import { markup } from '../../../src/lib/import/docx/paragraphs';
import { pagesToSource, readPdf } from '../../../src/lib/import/reader-pdf';
import type { PdfItem } from '../../../src/lib/import/pdf/lines';
import { joinLine } from '../../../src/lib/import/pdf/paragraphs';
import { findOnPath } from '../../../src/lib/import/reader-office';
import { ImportInputError } from '../../../src/lib/import/sniff';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const cellOf = (...lines: string[]) => new TableCell({ children: lines.map((line) => new Paragraph(line)) });

async function docx(children: (Paragraph | Table)[], footnotes: Record<number, { children: Paragraph[] }> = {}) {
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'roman',
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1-', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.DECIMAL, text: '%2.%3.', alignment: AlignmentType.LEFT },
          ],
        },
        {
          reference: 'letters',
          levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)', alignment: AlignmentType.LEFT }],
        },
      ],
    },
    footnotes,
    sections: [{ children }],
  });
  return readDocx(new Uint8Array(await Packer.toBuffer(document)), 'test.docx').lines;
}

describe('reader-docx', () => {
  test("Word's automatic numbering is written out as printed, each instance counting from 1", async () => {
    const item = (text: string, reference: string, level: number, instance = 0) =>
      new Paragraph({ text, numbering: { reference, level, instance } });
    const lines = await docx([
      item('MỤC ĐÍCH', 'roman', 0),
      item('Mục đích', 'roman', 1),
      item('Chi tiết', 'roman', 2),
      item('Chi tiết nữa', 'roman', 2),
      item('Yêu cầu', 'roman', 1),
      item('NỘI DUNG', 'roman', 0),
      item('Một', 'roman', 1),
      item('thứ nhất', 'letters', 0, 1),
      item('thứ hai', 'letters', 0, 1),
      item('lại từ đầu', 'letters', 0, 2),
    ]);
    expect(lines.filter(Boolean)).toEqual([
      'I- MỤC ĐÍCH',
      '1. Mục đích',
      '1.1. Chi tiết',
      '1.2. Chi tiết nữa',
      '2. Yêu cầu',
      'II- NỘI DUNG',
      '1. Một',
      'a) thứ nhất',
      'b) thứ hai',
      'a) lại từ đầu',
    ]);
  });

  test('counters are printed in the level format', () => {
    expect(
      ['upperRoman', 'lowerRoman', 'upperLetter', 'lowerLetter', 'decimalZero', 'decimal'].map((f) =>
        formatCounter(14, f),
      ),
    ).toEqual(['XIV', 'xiv', 'N', 'n', '14', '14']);
    expect(formatCounter(4, 'upperRoman')).toBe('IV');
  });

  test('bold and italic are written as a source text writes them', async () => {
    expect(markup([{ text: 'KẾ HOẠCH', bold: true, italic: false }])).toBe('**KẾ HOẠCH**');
    expect(
      markup([
        { text: 'gửi về ', bold: false, italic: false },
        { text: 'trước ngày 25/02/2022.', bold: true, italic: false },
        { text: ' (', bold: false, italic: false },
        { text: 'qua Ban Tuyên giáo', bold: false, italic: true },
        { text: ')', bold: false, italic: false },
      ]),
    ).toBe('gửi về **trước ngày 25/02/2022.** (*qua Ban Tuyên giáo*)');
    const lines = await docx([
      new Paragraph({
        children: [
          new TextRun({ text: 'xây dựng,', bold: true }),
          new TextRun({ text: 'giai đoạn', bold: true, break: 1 }),
        ],
      }),
    ]);
    // A bold paragraph of two printed lines keeps one pair of marks around both, as the title of 43-KH/ĐUK.
    expect(lines.slice(0, 2)).toEqual(['**xây dựng,', 'giai đoạn**']);
  });

  test("bold from a paragraph's style, unless the run turns it off", async () => {
    const document = new Document({
      styles: { paragraphStyles: [{ id: 'MucLon', name: 'Mục lớn', run: { bold: true } }] },
      sections: [
        {
          children: [
            new Paragraph({ style: 'MucLon', text: 'I- MỤC ĐÍCH, YÊU CẦU' }),
            new Paragraph({
              style: 'MucLon',
              children: [new TextRun('Đậm '), new TextRun({ text: 'thường', bold: false })],
            }),
          ],
        },
      ],
    });
    const { lines } = readDocx(new Uint8Array(await Packer.toBuffer(document)), 'kieu.docx');
    expect(lines).toEqual(['**I- MỤC ĐÍCH, YÊU CẦU**', '', '**Đậm** thường']);
  });

  test('a borderless two-column header and signature are read cell by cell, not as tables', async () => {
    const layout = (left: string[], right: string[]) =>
      new Table({ borders: NO_BORDERS, rows: [new TableRow({ children: [cellOf(...left), cellOf(...right)] })] });
    const lines = await docx([
      layout(
        ['TỈNH ỦY TRÀ VINH', '*', 'Số 147-KH/TU'],
        ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Trà Vinh, ngày 30 tháng 01 năm 2020'],
      ),
      new Paragraph('Nội dung.'),
      layout(['Nơi nhận:', '- Ban Bí thư,', '- Lưu.'], ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', '', 'Ngô Chí Cường']),
    ]);
    expect(lines).toEqual([
      'TỈNH ỦY TRÀ VINH',
      '*',
      'Số 147-KH/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Trà Vinh, ngày 30 tháng 01 năm 2020',
      '',
      'Nội dung.',
      '',
      'Nơi nhận:',
      '- Ban Bí thư,',
      '- Lưu.',
      'T/M BAN THƯỜNG VỤ',
      'PHÓ BÍ THƯ',
      '',
      'Ngô Chí Cường',
    ]);
  });

  test('a body table: rows of tab-separated cells, a merged range leaving its other cells empty', async () => {
    const lines = await docx([
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({ rowSpan: 2, children: [new Paragraph('TT')] }),
              new TableCell({ rowSpan: 2, children: [new Paragraph('Tên mô hình')] }),
              new TableCell({ columnSpan: 2, children: [new Paragraph('Ghi chú')] }),
            ],
          }),
          new TableRow({ children: [cellOf('Đang thực hiện'), cellOf('Mới')] }),
          new TableRow({ children: [cellOf('1'), cellOf('Tiết kiệm'), cellOf(''), cellOf('x')] }),
        ],
      }),
    ]);
    expect(lines).toEqual(['TT\tTên mô hình\tGhi chú\t', '\t\tĐang thực hiện\tMới', '1\tTiết kiệm\t\tx']);
  });

  test('footnotes: the mark as printed in the text, the note on its own line after the paragraph', async () => {
    const lines = await docx(
      [
        new Paragraph({
          children: [new TextRun('Kết luận số 01-KL/TW'), new FootnoteReferenceRun(1), new TextRun(', chuyên đề.')],
        }),
        new Paragraph('Đoạn sau.'),
      ],
      { 1: { children: [new Paragraph('Công văn số 124-CV/VP.ĐUK.')] } },
    );
    expect(lines).toEqual(['Kết luận số 01-KL/TW⁽¹⁾, chuyên đề.', '⁽¹⁾ Công văn số 124-CV/VP.ĐUK.', '', 'Đoạn sau.']);
  });

  test('text in a text box is read after its paragraph, once (not again from the fallback copy)', () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
    const box = (text: string) => `<w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
    const xml = `<w:document ${w} ${mc}><w:body>
      <w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r><w:r><mc:AlternateContent>
        <mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="urn:wps">${box('TỈNH ỦY TRÀ VINH')}</wps:txbx></w:drawing></mc:Choice>
        <mc:Fallback><w:pict><v:textbox xmlns:v="urn:v">${box('TỈNH ỦY TRÀ VINH')}</v:textbox></w:pict></mc:Fallback>
      </mc:AlternateContent></w:r></w:p>
    </w:body></w:document>`;
    expect(readDocx(zipSync({ 'word/document.xml': strToU8(xml) }), 'hop.docx').lines).toEqual([
      'KẾ HOẠCH',
      'TỈNH ỦY TRÀ VINH',
    ]);
  });

  test('a corrupt package is refused naming the file', () => {
    expect(() => readDocx(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'hong.docx')).toThrow(ImportInputError);
    expect(() => readDocx(zipSync({ 'word/other.xml': strToU8('<x/>') }), 'thieu.docx')).toThrow(
      /word\/document\.xml/u,
    );
    expect(() => readDocx(zipSync({ 'word/document.xml': strToU8('<w:document') }), 'xml.docx')).toThrow(
      /xml\.docx.*XML/u,
    );
  });
});

/** A page of 13-pt lines 15 pt apart, from the top of an A4 page; items given as [x, y, text, size?]. */
const page = (...items: [number, number, string, number?][]) => ({
  width: 595,
  height: 842,
  items: items.map(([x, y, text, size]): PdfItem => ({ x, y, text, size: size ?? 13, width: text.length * 6 })),
});

describe('reader-pdf', () => {
  test('lines are joined into paragraphs; a larger gap ends one; a word or number broken after its hyphen is rejoined', () => {
    const { lines } = pagesToSource([
      page(
        [72, 700, 'Thực hiện Kết luận số 01-'],
        [72, 685, 'KL/TW của Bộ Chính trị, Ban Thường vụ xây dựng kế hoạch'],
        [72, 670, 'như sau:'],
        [72, 649, 'I- MỤC ĐÍCH, YÊU CẦU'],
      ),
    ]);
    expect(lines).toEqual([
      'Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị, Ban Thường vụ xây dựng kế hoạch như sau:',
      '',
      'I- MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(joinLine('số 21-', 'CT/TW')).toBe('số 21-CT/TW');
    expect(joinLine('Chỉ thị số 05 -', 'CT/TW')).toBe('Chỉ thị số 05 - CT/TW');
    expect(joinLine('tư tưởng,', 'đạo đức')).toBe('tư tưởng, đạo đức');
  });

  test('page numbers and running headers are dropped with the reason; a paragraph continues over the page', () => {
    const pages = [1, 2, 3].map((n) =>
      page(
        [290, 800, String(n)],
        [72, 790, 'Kế hoạch 34-KH/ĐUK'],
        [72, 700, n === 1 ? 'Đoạn đầu của trang một kéo dài đến hết' : n === 2 ? 'dòng, sang trang hai.' : 'Trang ba.'],
        [290, 30, `- ${n} -`],
      ),
    );
    const { lines, dropped } = pagesToSource(pages);
    expect(lines).toEqual(['Đoạn đầu của trang một kéo dài đến hết dòng, sang trang hai.', '', 'Trang ba.']);
    expect(dropped.filter((d) => d.reason.startsWith('số trang')).map((d) => d.text)).toEqual([
      '1',
      '- 1 -',
      '2',
      '- 2 -',
      '3',
      '- 3 -',
    ]);
    expect(dropped.filter((d) => d.reason.includes('running header')).map((d) => [d.page, d.text])).toEqual([
      [1, 'Kế hoạch 34-KH/ĐUK'],
      [2, 'Kế hoạch 34-KH/ĐUK'],
      [3, 'Kế hoạch 34-KH/ĐUK'],
    ]);
  });

  test("a form's header at the top of two pages of eight is text, not a running header", () => {
    const pages = [1, 2, 3, 4, 5, 6, 7, 8].map((n) =>
      page(
        [290, 800, String(n)],
        ...(n >= 6 ? [[72, 760, 'ĐẢNG BỘ KHỐI CƠ QUAN VÀ'] as [number, number, string]] : []),
        [72, 700, `Trang ${n}.`],
      ),
    );
    const { lines, dropped } = pagesToSource(pages);
    expect(lines.filter((line) => line.startsWith('ĐẢNG BỘ KHỐI CƠ QUAN VÀ'))).toHaveLength(3);
    expect(dropped.map((d) => d.text)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  test('a two-column header is read column by column, left first, each printed line a line unless it continues one', () => {
    const { lines } = pagesToSource([
      page(
        [100, 760, 'TỈNH ỦY TRÀ VINH'],
        [330, 760, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
        [130, 745, '*'],
        [320, 745, 'Trà Vinh, ngày 30 tháng 01 năm'],
        [320, 730, '2020'],
        [100, 731, 'Số 147-KH/TU'],
        [260, 700, 'KẾ HOẠCH'],
      ),
    ]);
    expect(lines.filter(Boolean)).toEqual([
      'TỈNH ỦY TRÀ VINH',
      '*',
      'Số 147-KH/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Trà Vinh, ngày 30 tháng 01 năm 2020',
      'KẾ HOẠCH',
    ]);
  });

  test('a footnote: its raised mark in the text, its note after the paragraph that cites it', () => {
    const { lines } = pagesToSource([
      page(
        [72, 700, 'nội dung của Kết luận số 01-KL/TW'],
        [72 + 33 * 6, 705, '1', 7.5],
        [72 + 34 * 6, 700, ', chuyên đề hàng năm.'],
        [72, 679, 'Đoạn khác.'],
        [72, 100, '1', 7.5],
        [76, 95, 'Văn phòng Đảng ủy Khối đã sao gửi văn bản'],
        [72, 80, 'đến các chi bộ.'],
      ),
    ]);
    expect(lines).toEqual([
      'nội dung của Kết luận số 01-KL/TW⁽¹⁾, chuyên đề hàng năm.',
      '',
      '⁽¹⁾ Văn phòng Đảng ủy Khối đã sao gửi văn bản đến các chi bộ.',
      '',
      'Đoạn khác.',
    ]);
  });

  test('a PDF without a text layer (a scan) is refused naming the file', async () => {
    const scan = await PDFDocument.create();
    scan.addPage([595, 842]);
    await expect(readPdf(await scan.save(), 'ban-quet.pdf')).rejects.toThrow(
      /ban-quet\.pdf: tệp PDF không có lớp chữ/u,
    );
    await expect(readPdf(new TextEncoder().encode('%PDF-1.7\n'), 'hong.pdf')).rejects.toThrow(
      /hong\.pdf: tệp PDF bị hỏng/u,
    );
  });
});

test('findOnPath looks in each PATH folder', () => {
  expect(findOnPath('node', `/nonexistent:${process.env.PATH}`)).toMatch(/node$/u);
  expect(findOnPath('soffice', '/nonexistent')).toBeNull();
});
