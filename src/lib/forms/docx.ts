import {
  AlignmentType,
  Document,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { FormBlock, FormDocument } from '../../schemas/form';
import { fieldValue, type FieldValues, type Segment } from './inline';
import { tableRows } from './model';

/** Millimetres to twips, rounded (docx's own helper truncates: A4 would be 11905 × 16837). */
const convertMillimetersToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** A4 with the Party document margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
export const PAGE = {
  width: convertMillimetersToTwip(210),
  height: convertMillimetersToTwip(297),
  margin: {
    top: convertMillimetersToTwip(20),
    bottom: convertMillimetersToTwip(20),
    left: convertMillimetersToTwip(30),
    right: convertMillimetersToTwip(15),
  },
} as const;
export const FONT = 'Times New Roman';
/** Body size in half-points (14 pt). */
export const BODY_SIZE = 28;
const SMALL_SIZE = 24;
const CONTENT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/**
 * Characters XML 1.0 does not allow (C0 controls but tab, line feed and carriage return;
 * U+FFFE, U+FFFF; surrogates not paired into a character). One of them in a text run makes
 * word/document.xml not well-formed, and Word and LibreOffice refuse the file.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/** Text as a .docx may hold it: the characters XML forbids removed, nothing else changed. */
export const xmlSafeText = (text: string): string => text.replace(XML_FORBIDDEN, '');

interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
}

/** Every text run of the document is made here, so every one is XML-safe. */
function runs(segments: Segment[], values: FieldValues, style: RunStyle = {}): TextRun[] {
  return segments.map((segment) => {
    const italics = Boolean(style.italic) || segment.italic;
    const text = segment.kind === 'text' ? segment.text : fieldValue(values, segment.label) || segment.printed;
    return new TextRun({ text: xmlSafeText(text), bold: style.bold, italics, size: style.size });
  });
}

interface ParaStyle extends RunStyle {
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  indent?: boolean;
  /** Word's "keep with next": the paragraph goes to the next page with what follows it. */
  keepNext?: boolean;
}

function para(segments: Segment[], values: FieldValues, style: ParaStyle = {}): Paragraph {
  return new Paragraph({
    alignment: style.align ?? AlignmentType.JUSTIFIED,
    indent: style.indent ? { firstLine: convertMillimetersToTwip(10) } : undefined,
    keepNext: style.keepNext,
    spacing: { after: 60 },
    children: runs(segments, values, style),
  });
}

/** Centred, as header, title and signature lines are. */
const CENTER = { align: AlignmentType.CENTER };

const plain = (text: string): Segment[] => [{ kind: 'text', text, italic: false }];

/** A borderless two-column table: how Party documents lay out header and closing. */
function twoColumns(left: Paragraph[], right: Paragraph[], leftShare: number): Table {
  const leftWidth = Math.round(CONTENT_WIDTH * leftShare);
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      children: children.length > 0 ? children : [new Paragraph({})],
      width: { size: width, type: WidthType.DXA },
      borders: TableBorders.NONE,
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, CONTENT_WIDTH - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    // One row that never splits: the closing (Nơi nhận beside the signature) stays whole.
    rows: [
      new TableRow({ cantSplit: true, children: [cell(left, leftWidth), cell(right, CONTENT_WIDTH - leftWidth)] }),
    ],
  });
}

/** `keepLastRow`: the last row stays on the page of what follows the table (the signature block). */
function dataTable(table: Extract<FormBlock, { kind: 'table' }>, values: FieldValues, keepLastRow = false): Table {
  const columnWidth = Math.floor(CONTENT_WIDTH / table.columns.length);
  const small = { size: SMALL_SIZE, align: AlignmentType.CENTER };
  const header = table.header.map(
    (row) =>
      new TableRow({
        tableHeader: true,
        children: row.map(
          (cell) =>
            new TableCell({
              columnSpan: cell.colSpan,
              rowSpan: cell.rowSpan,
              verticalAlign: VerticalAlignTable.CENTER,
              children: [para(plain(cell.text), values, { ...small, bold: true })],
            }),
        ),
      }),
  );
  const rows = tableRows(table);
  const body = rows.map(
    (row, index) =>
      new TableRow({
        keepNext: keepLastRow && index === rows.length - 1,
        children: row.map(
          (cell) => new TableCell({ children: [para(cell, values, { ...small, align: AlignmentType.LEFT })] }),
        ),
      }),
  );
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: table.columns.map(() => columnWidth),
    layout: TableLayoutType.FIXED,
    rows: [...header, ...body],
  });
}

/** Header as Party documents print it: issuer and number on the left, motto and date on the right. */
function headerBlock(header: NonNullable<FormDocument['header']>, values: FieldValues): (Paragraph | Table)[] {
  const left = [
    ...header.left.map((line) => para(line, values, { ...CENTER, bold: true })),
    ...(header.number ? [para(header.number, values, CENTER)] : []),
  ];
  const right = [
    para(plain(header.party), values, { ...CENTER, bold: true }),
    ...(header.dateLine ? [para(header.dateLine, values, { ...CENTER, italic: true })] : []),
  ];
  return [twoColumns(left, right, 0.42), new Paragraph({})];
}

/** Type, title lines, notes and the rule under them, all centred. */
function titleBlock(doc: FormDocument, values: FieldValues): Paragraph[] {
  return [
    para(plain(doc.type), values, { ...CENTER, bold: true }),
    ...doc.title.map((line) => para(line, values, { ...CENTER, bold: true })),
    ...doc.note.map((line) => para(line, values, { ...CENTER, italic: true })),
    ...(doc.rule ? [para(plain('-----'), values, CENTER)] : []),
  ];
}

/**
 * One body block with the answer written under it. `last`: the block is the body's last
 * before a closing, so its last paragraph (or table row) is kept with the signature block,
 * which never stands alone on a page (Word's "keep with next", as in the printed original).
 */
function bodyBlock(block: FormBlock, values: FieldValues, last: boolean): (Paragraph | Table)[] {
  if (block.kind === 'table') return [dataTable(block, values, last)];
  const answer = block.answer ? fieldValue(values, block.answer) : '';
  const lines = answer ? answer.split(/\r?\n/u) : [];
  return [
    para(block.text, values, {
      bold: block.kind === 'heading',
      indent: block.kind === 'paragraph',
      keepNext: last && lines.length === 0,
    }),
    ...lines.map((text, line) =>
      para(plain(text), values, { indent: true, keepNext: last && line === lines.length - 1 }),
    ),
  ];
}

/** Closing: recipients (Nơi nhận) on the left, signature on the right, kept with the body. */
function closingBlock(doc: FormDocument, values: FieldValues): (Paragraph | Table)[] {
  const recipients = doc.recipients
    ? [
        para(plain(doc.recipients.label), values, {
          bold: true,
          italic: true,
          size: SMALL_SIZE,
          align: AlignmentType.LEFT,
        }),
        ...doc.recipients.items.map((item) => para(item, values, { size: 22, align: AlignmentType.LEFT })),
      ]
    : [];
  const signature = doc.signature
    ? [
        ...doc.signature.roles.map((role) => para(plain(role), values, { ...CENTER, bold: true })),
        ...(doc.signature.name
          ? [new Paragraph({}), new Paragraph({}), para(doc.signature.name, values, { ...CENTER, bold: true })]
          : []),
      ]
    : [];
  return [new Paragraph({ keepNext: true }), twoColumns(recipients, signature, 0.5)];
}

/** The page frame around the content: A4, Party margins, page numbers from the second page. */
function pageDocument(children: (Paragraph | Table)[], title: string): Document {
  return new Document({
    title: xmlSafeText(title),
    creator: 'Sổ tay Học tập và làm theo Bác',
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            // The page number sits in the top margin, about 10 mm from the paper's edge.
            margin: { ...PAGE.margin, header: convertMillimetersToTwip(10) },
          },
          // Numbers from the second page on, top centre: see src/styles/print.css (the same
          // rule for browser print) for the source and what is assumed.
          titlePage: true,
        },
        headers: {
          first: new Header({ children: [new Paragraph({})] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/**
 * The form as a Word document: A4, Party margins, Times New Roman 14 pt; header and
 * closing as borderless two-column tables; tables as real Word tables with merged header
 * cells. Blanks print as in the source (dots), or hold `values` when the form is filled.
 */
export function formToDocx(doc: FormDocument, values: FieldValues = {}, title = doc.type): Document {
  const closing = Boolean(doc.recipients || doc.signature);
  const children: (Paragraph | Table)[] = [
    ...(doc.header ? headerBlock(doc.header, values) : []),
    ...titleBlock(doc, values),
    ...doc.body.flatMap((block, index) => bodyBlock(block, values, closing && index === doc.body.length - 1)),
    ...(closing ? closingBlock(doc, values) : []),
  ];
  return pageDocument(children, title);
}
