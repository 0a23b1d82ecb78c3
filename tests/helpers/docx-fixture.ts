/**
 * Fixture generator (issue 17 item 6): a .docx that looks like the Word original of a source
 * text — header and signature as borderless two-column tables, bold type word, title and
 * Roman headings, Word's automatic numbering for "I-", "1.", "a)" items, real footnotes for
 * the "⁽¹⁾" marks, and tab-separated rows (mẫu 02) as a table with merged cells — made with
 * the `docx` package. The header and closing are found with the importer's own parsers, so
 * the fixture splits the text where the importer does.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Header,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { parseHeader } from '../../src/lib/import/header.ts';
import { parseClosing } from '../../src/lib/import/signature.ts';
import { bare, isBlank, isDateLine, isMotto } from '../../src/lib/import/lines.ts';
import { readText } from '../../src/lib/import/reader-text.ts';
import type { LineRole } from '../../src/lib/import/types.ts';

interface Run {
  text: string;
  bold: boolean;
  italics: boolean;
}

/** Markdown-flavoured emphasis of a source line as runs; the state carries over lines ("**a\nb**"). */
function runsOf(line: string, state: { bold: boolean; italics: boolean }): Run[] {
  const runs: Run[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') runs.push({ text, bold: state.bold, italics: state.italics });
    text = '';
  };
  const source = line.replace(/ {2}$/u, '').replace(/\t/gu, ' ');
  for (let i = 0; i < source.length; i += 1) {
    if (source[i] === '\\' && /[*+\-.#]/u.test(source[i + 1] ?? '')) {
      text += source[i + 1];
      i += 1;
    } else if (source.startsWith('**', i)) {
      flush();
      state.bold = !state.bold;
      i += 1;
    } else if (source[i] === '*' && (state.italics || /\S/u.test(source[i + 1] ?? ''))) {
      flush();
      state.italics = !state.italics;
    } else if (source.startsWith('<i>', i) || source.startsWith('</i>', i)) {
      flush();
      state.italics = source[i + 1] !== '/';
      i += source[i + 1] === '/' ? 3 : 2;
    } else text += source[i];
  }
  flush();
  return runs;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const footnoteId = (marks: string) => Number([...marks].map((c) => SUPERSCRIPT.indexOf(c)).join(''));

/** Runs as docx children, "⁽¹⁾" marks as footnote references. */
function children(runs: Run[]) {
  return runs.flatMap((run) =>
    run.text.split(/(⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾)/u).flatMap((part) => {
      if (part === '') return [];
      const mark = /^⁽([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾$/u.exec(part);
      if (mark) return [new FootnoteReferenceRun(footnoteId(mark[1]!))];
      return [new TextRun({ text: part, bold: run.bold, italics: run.italics })];
    }),
  );
}

/** The list styles Word would number: kind of counter and the printed text around it. */
const LISTS = [
  { reference: 'roman-dash', pattern: /^([IVX]+)- +/u, format: LevelFormat.UPPER_ROMAN, text: '%1-' },
  { reference: 'roman-dot', pattern: /^([IVX]+)\. +/u, format: LevelFormat.UPPER_ROMAN, text: '%1.' },
  { reference: 'decimal-dot', pattern: /^(\d+)\. +(?!\d)/u, format: LevelFormat.DECIMAL, text: '%1.' },
  { reference: 'decimal-dash', pattern: /^(\d+)- +/u, format: LevelFormat.DECIMAL, text: '%1-' },
  { reference: 'letter-dash', pattern: /^([a-z])- +/u, format: LevelFormat.LOWER_LETTER, text: '%1-' },
  { reference: 'letter-paren', pattern: /^([a-z])\) +/u, format: LevelFormat.LOWER_LETTER, text: '%1)' },
];
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
function value(label: string): number {
  if (/^\d+$/u.test(label)) return Number(label);
  if (/^[a-z]$/u.test(label)) return label.charCodeAt(0) - 96;
  let total = 0;
  for (let i = 0; i < label.length; i += 1) {
    const v = ROMAN[label[i]!]!;
    total += v < (ROMAN[label[i + 1]!] ?? 0) ? -v : v;
  }
  return total;
}

/** Removes the first `count` characters (the printed label) from the runs. */
function dropStart(runs: Run[], count: number): Run[] {
  const out: Run[] = [];
  let left = count;
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(left) });
    left = 0;
  }
  return out;
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function twoColumns(left: Paragraph[], right: Paragraph[]): Table {
  const cell = (content: Paragraph[]) =>
    new TableCell({
      children: content.length > 0 ? content : [new Paragraph('')],
      width: { size: 50, type: WidthType.PERCENTAGE },
    });
  return new Table({
    rows: [new TableRow({ children: [cell(left), cell(right)] })],
    borders: NO_BORDERS,
    width: { size: 100, type: WidthType.PERCENTAGE },
  });
}

/**
 * Tab-separated rows as a bordered table. A header cell with an empty cell to its right
 * above two filled cells spans them; a header cell over an empty cell is merged down.
 */
function table(rows: string[][], state: { bold: boolean; italics: boolean }): Table {
  const width = Math.max(...rows.map((row) => row.length));
  const grid = rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
  const spans = new Map<string, number>();
  const merged = new Set<string>();
  if (grid.length > 1) {
    const [top, second] = [grid[0]!, grid[1]!];
    for (let c = 0; c < width; c += 1) {
      if (top[c] !== '' && top[c + 1] === '' && second[c] !== '' && second[c + 1] !== '') spans.set(`0:${c}`, 2);
      if (top[c] !== '' && second[c] === '' && !spans.has(`0:${c}`)) merged.add(`${c}`);
    }
  }
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: grid.map(
      (row, r) =>
        new TableRow({
          children: row.flatMap((text, c) => {
            if (r === 0 && c > 0 && spans.get(`0:${c - 1}`) === 2) return [];
            if (r === 1 && merged.has(`${c}`)) return [];
            return [
              new TableCell({
                children: [new Paragraph({ children: children(runsOf(text, state)) })],
                ...(r === 0 && spans.has(`0:${c}`) ? { columnSpan: spans.get(`0:${c}`)! } : {}),
                ...(r === 0 && merged.has(`${c}`) ? { rowSpan: 2 } : {}),
              }),
            ];
          }),
        }),
    ),
  });
}

/** The .docx of a source text (its bytes as the five content/sources/*.txt hold them). */
export async function sourceToDocx(sourceBytes: Uint8Array): Promise<Uint8Array> {
  const { lines } = readText(sourceBytes);
  const roles: LineRole[] = [];
  const header = parseHeader(lines, roles, []);
  const closing = parseClosing(lines, header.end, roles);
  const state = { bold: false, italics: false };
  const paragraph = (line: string, extra: { bold?: boolean; center?: boolean } = {}) => {
    const runs = runsOf(line, state).map((run) => ({ ...run, bold: run.bold || extra.bold === true }));
    return new Paragraph({
      children: children(runs),
      ...(extra.center ? { alignment: AlignmentType.CENTER } : {}),
    });
  };

  // Footnote texts: lines that start with a "⁽¹⁾" mark.
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const footnoteLines = new Set<number>();
  lines.forEach((line, i) => {
    const match = /^\s*⁽([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾\s*(.*)$/u.exec(line);
    if (match) {
      footnotes[footnoteId(match[1]!)] = { children: [paragraph(match[2]!)] };
      footnoteLines.add(i);
    }
  });

  const body: (Paragraph | Table)[] = [];
  // The header: a borderless two-column table, bodies left, motto and date right.
  const left: Paragraph[] = [];
  const right: Paragraph[] = [];
  let typeAt = -1;
  let rule = -1;
  const titleLines: string[] = [];
  for (let i = 0; i < header.end; i += 1) {
    const role = roles[i];
    if (!role || role.kind === 'blank' || isBlank(lines[i]!)) continue;
    if (role.kind === 'header' && role.field === 'documentType') typeAt = i;
    else if (role.kind === 'header' && role.field === 'title') titleLines.push(lines[i]!);
    else if (role.kind === 'header' && role.field === 'rule') rule = i;
    else if (isMotto(lines[i]!) || isDateLine(lines[i]!)) right.push(paragraph(lines[i]!, { center: true }));
    else left.push(paragraph(lines[i]!, { center: true }));
  }
  body.push(twoColumns(left, right));
  if (typeAt !== -1) body.push(paragraph(lines[typeAt]!, { bold: true, center: true }));
  if (titleLines.length > 0) {
    // The title is one bold paragraph, its printed lines kept as line breaks.
    const runs = titleLines.flatMap((line, k) => [
      ...(k > 0 ? [{ text: '\n', bold: true, italics: false }] : []),
      ...runsOf(line, state).map((run) => ({ ...run, bold: true })),
    ]);
    body.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: runs.map((run) =>
          run.text === '\n'
            ? new TextRun({ break: 1 })
            : new TextRun({ text: run.text, bold: true, italics: run.italics }),
        ),
      }),
    );
  }
  if (rule !== -1) body.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('-----')] }));
  state.bold = false;
  state.italics = false;

  // Automatic numbering: a run of items 1, 2, 3… of one style is one numbering instance.
  const instances = new Map<string, { instance: number; last: number }>();
  let nextInstance = 0;
  const numbered = (line: string): Paragraph | null => {
    const text = bare(line);
    for (const list of LISTS) {
      const match = list.pattern.exec(text);
      if (!match) continue;
      const v = value(match[1]!);
      const current = instances.get(list.reference);
      let instance: number;
      if (current && v === current.last + 1) instance = current.instance;
      else if (v === 1) instance = nextInstance += 1;
      else return null;
      instances.set(list.reference, { instance, last: v });
      const runs = runsOf(line, state);
      const plain = runs.map((run) => run.text).join('');
      const labelAt = plain.indexOf(match[0]!.trimEnd());
      const stripped = dropStart(runs, labelAt + match[0]!.length);
      const bold = /^\s*\*\*/u.test(line) || /^[IVX]+[-.]/u.test(text);
      return new Paragraph({
        numbering: { reference: list.reference, level: 0, instance },
        children: children(stripped.map((run) => ({ ...run, bold: run.bold || bold }))),
      });
    }
    return null;
  };

  const bodyEnd = closing.bodyEnd;
  for (let i = header.end; i < bodyEnd; i += 1) {
    if (isBlank(lines[i]!) || footnoteLines.has(i) || i === rule) continue;
    body.push(numbered(lines[i]!) ?? paragraph(lines[i]!));
  }

  // The closing: a borderless two-column table, Nơi nhận left, the signature right.
  const closingLeft: Paragraph[] = [];
  const closingRight: Paragraph[] = [];
  for (let i = bodyEnd; i <= closing.last; i += 1) {
    const role = roles[i];
    if (role?.kind === 'signature') closingRight.push(paragraph(lines[i]!, { center: true }));
    else if (role?.kind === 'recipients') closingLeft.push(paragraph(lines[i]!));
    else if (isBlank(lines[i]!) && i > bodyEnd && roles[i - 1]?.kind === 'signature')
      closingRight.push(new Paragraph(''));
  }
  if (closingLeft.length + closingRight.length > 0) body.push(twoColumns(closingLeft, closingRight));

  // After the signature: the forms, on a new page, as paragraphs; tab-separated rows as tables.
  let newPage = true;
  for (let i = closing.last + 1; i < lines.length; i += 1) {
    const line = lines[i]!;
    if ((line.match(/\t/gu) ?? []).length >= 2) {
      const rows: string[][] = [];
      while (i < lines.length && (lines[i]!.match(/\t/gu) ?? []).length >= 2) rows.push(lines[i++]!.split('\t'));
      i -= 1;
      body.push(table(rows, state));
      continue;
    }
    if (isBlank(line) || footnoteLines.has(i)) continue;
    if (newPage) {
      body.push(new Paragraph({ pageBreakBefore: true, children: children(runsOf(line, state)) }));
      newPage = false;
    } else body.push(paragraph(line));
  }

  const document = new Document({
    styles: {
      default: { document: { run: { font: 'Times New Roman', size: 26 }, paragraph: { spacing: { after: 120 } } } },
    },
    numbering: {
      config: LISTS.map((list) => ({
        reference: list.reference,
        levels: [
          {
            level: 0,
            format: list.format,
            text: list.text,
            start: 1,
            suffix: LevelSuffix.SPACE,
            alignment: AlignmentType.LEFT,
          },
        ],
      })),
    },
    footnotes,
    // The page number printed at the top of every page, as Party documents do: the PDF
    // reader must drop it.
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
