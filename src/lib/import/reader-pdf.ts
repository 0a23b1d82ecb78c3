/**
 * The reader of .pdf files with a text layer, through unpdf (a maintained, dependency-free
 * build of Mozilla's pdf.js for Node, no worker or font download). A PDF holds positioned
 * pieces of text, not paragraphs, so the reader rebuilds them: pieces on one baseline make
 * a printed line; a two-column block (the header and signature tables of a Party document)
 * is read left column first; lines one line-pitch apart make a paragraph, a larger gap
 * ends it; a word or a number broken after its hyphen at a line end ("01-" / "KL/TW") is
 * rejoined without a space; small raised digits are footnote marks ("⁽¹⁾"), and a page's
 * notes under the text are put after the paragraph that cites them; page numbers and
 * running headers or footers are dropped, each listed with the reason.
 */
import { getDocumentProxy } from 'unpdf';
import { ImportInputError } from './sniff.ts';
import type { DroppedLine, SourceText } from './types.ts';

/** A piece of text as pdf.js positions it (PDF units, origin bottom left). */
export interface PdfItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}
export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

/** A printed line, or one column's part of it. */
interface Line {
  page: number;
  y: number;
  x0: number;
  x1: number;
  text: string;
  size: number;
  /** A table row: cells separated by tabs, never joined to another line. */
  table: boolean;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const mark = (digits: string) => `⁽${[...digits].map((d) => SUPERSCRIPT[Number(d)]).join('')}⁾`;

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  // Ties go to the smaller value: the line pitch rather than the paragraph gap.
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** The text size most characters are printed in. */
function bodySize(pages: readonly PdfPage[]): number {
  return mode(pages.flatMap((p) => p.items.flatMap((it) => Array<number>(it.text.length).fill(Math.round(it.size)))));
}

/** The printed lines of a page, split into pieces where a wide gap separates columns. */
function linesOf(page: PdfPage, pageNumber: number, size: number): Line[] {
  const items = page.items.filter((it) => it.text.trim() !== '');
  const normal = items.filter((it) => it.size >= size * 0.8).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; size: number; items: PdfItem[] }[] = [];
  for (const item of normal) {
    const row = rows.find((r) => Math.abs(r.y - item.y) < r.size * 0.4);
    if (row) row.items.push(item);
    else rows.push({ y: item.y, size: item.size, items: [item] });
  }
  // Small raised digits are footnote marks: they join the line whose baseline is just below.
  for (const item of items.filter((it) => it.size < size * 0.8)) {
    const text = /^\d+$/u.test(item.text.trim()) ? mark(item.text.trim()) : item.text;
    const small = { ...item, text };
    const row = rows.find((r) => item.y >= r.y - 1 && item.y - r.y < r.size * 0.75);
    if (row) row.items.push(small);
    else rows.push({ y: item.y - size * 0.4, size, items: [small] });
  }
  rows.sort((a, b) => b.y - a.y);
  const lines: Line[] = [];
  for (const row of rows) {
    const sorted = row.items.sort((a, b) => a.x - b.x);
    // Pieces: a gap wider than an em separates cells; wider than two, columns.
    const pieces: (Line & { gapBefore: number })[] = [];
    for (const item of sorted) {
      const current = pieces.at(-1);
      const gap = current ? item.x - current.x1 : 0;
      if (!current || gap > row.size) {
        pieces.push({
          page: pageNumber,
          y: row.y,
          x0: item.x,
          x1: item.x + item.width,
          text: item.text,
          size: row.size,
          table: false,
          gapBefore: gap,
        });
        continue;
      }
      const space = gap > row.size * 0.15 && !/\s$/u.test(current.text) && !/^\s/u.test(item.text) ? ' ' : '';
      current.text += space + item.text;
      current.x1 = Math.max(current.x1, item.x + item.width);
    }
    // Three cells or more, or cells closer than columns: a table row, its cells tab-separated.
    if (pieces.length >= 3 || pieces.some((piece, i) => i > 0 && piece.gapBefore <= row.size * 2)) {
      const first = pieces[0]!;
      lines.push({
        ...first,
        x1: pieces.at(-1)!.x1,
        text: pieces.map((piece) => piece.text.replace(/\s+/gu, ' ').trim()).join('\t'),
        table: true,
      });
    } else lines.push(...pieces.map(({ gapBefore: _, ...piece }) => piece));
  }
  return lines.map((line) => (line.table ? line : { ...line, text: line.text.replace(/\s+/gu, ' ').trim() }));
}

const PAGE_NUMBER = /^[-–—\s]*(?:Trang\s*)?\d{1,3}(?:\s*\/\s*\d{1,3})?[-–—\s]*$/iu;

/**
 * Page furniture: in the top or bottom eighth of a page, a page number, or a line printed
 * at the same place on most pages (its digits aside) — a running header or footer.
 */
function furniture(lines: readonly Line[], pages: readonly PdfPage[]): Map<Line, string> {
  const inMargin = (line: Line) => {
    const height = pages[line.page - 1]!.height;
    return line.y > height * (7 / 8) || line.y < height / 8;
  };
  const key = (line: Line) => `${Math.round(line.y / 3)}|${line.text.replace(/\d+/gu, '#')}`;
  const pagesOf = new Map<string, Set<number>>();
  for (const line of lines.filter(inMargin)) {
    const set = pagesOf.get(key(line)) ?? new Set<number>();
    set.add(line.page);
    pagesOf.set(key(line), set);
  }
  const out = new Map<Line, string>();
  for (const line of lines.filter(inMargin)) {
    if (PAGE_NUMBER.test(line.text)) out.set(line, 'số trang (page number)');
    // On most pages (the first often has none), and on two at least: a form's header
    // repeated at the top of two pages out of eight is text, not furniture.
    else if ((pagesOf.get(key(line))?.size ?? 0) >= Math.max(2, Math.ceil((pages.length - 1) / 2)))
      out.set(line, 'dòng đầu/chân trang lặp lại (running header or footer)');
  }
  return out;
}

/** Joins a paragraph's next printed line: no space after a hyphen that ends a word or number ("01-" + "KL/TW"). */
export function joinLine(paragraph: string, next: string): string {
  if (/\u00ad$/u.test(paragraph)) return paragraph.slice(0, -1) + next;
  if (/[\p{L}\d]-$/u.test(paragraph)) return paragraph + next;
  return `${paragraph} ${next}`;
}

/** Reads the lines of all pages as a source text. Pure, for tests: readPdf does the I/O. */
export function pagesToSource(pages: readonly PdfPage[]): SourceText {
  const size = bodySize(pages);
  const all = pages.flatMap((page, i) => linesOf(page, i + 1, size));
  const dropped: DroppedLine[] = [];
  const furnitureOf = furniture(all, pages);
  for (const [line, reason] of furnitureOf) dropped.push({ line: 0, page: line.page, text: line.text, reason });
  const lines = all.filter((line) => !furnitureOf.has(line));

  // Footnotes: from the first line of a page's lower half that starts with a mark, to its end.
  const notes: { n: string; text: string }[] = [];
  const body: Line[] = [];
  for (let p = 1; p <= pages.length; p += 1) {
    const onPage = lines.filter((line) => line.page === p);
    const height = pages[p - 1]!.height;
    const start = onPage.findIndex((line, i) => i > 0 && line.y < height / 2 && /^⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾/u.test(line.text));
    body.push(...(start === -1 ? onPage : onPage.slice(0, start)));
    if (start !== -1) {
      for (const line of onPage.slice(start)) {
        const note = /^(⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾)\s*(.*)$/u.exec(line.text);
        if (note) notes.push({ n: note[1]!, text: note[2]! });
        else if (notes.length > 0) notes.at(-1)!.text = joinLine(notes.at(-1)!.text, line.text);
      }
    }
  }

  // Two-column blocks: from a line split in two, while lines keep to one half of the page;
  // each column read top to bottom, left first.
  const ordered: { lines: Line[]; columns: boolean }[] = [];
  let running: Line[] | null = null;
  for (let i = 0; i < body.length;) {
    const line = body[i]!;
    const mid = pages[line.page - 1]!.width / 2;
    const split =
      !line.table && body[i + 1] !== undefined && body[i + 1]!.page === line.page && body[i + 1]!.y === line.y;
    if (!split) {
      if (!running) ordered.push({ lines: (running = []), columns: false });
      running.push(line);
      i += 1;
      continue;
    }
    running = null;
    let j = i;
    const half = (l: Line) => !l.table && (l.x1 <= mid + 4 || l.x0 >= mid - 4);
    while (
      j < body.length &&
      body[j]!.page === line.page &&
      half(body[j]!) &&
      (j === i || body[j - 1]!.y - body[j]!.y < line.size * 6)
    )
      j += 1;
    const block = body.slice(i, j);
    const left = block.filter((l) => l.x0 < mid - 4);
    const right = block.filter((l) => l.x0 >= mid - 4);
    ordered.push({ lines: left, columns: true }, { lines: right, columns: true });
    i = Math.max(j, i + 1);
  }

  // Paragraphs: within a column or the running text, a line one pitch under the previous
  // continues its paragraph; across a page, a line starting in lower case (or after a
  // hyphen) continues it.
  const pitch = mode(
    lines
      .slice(1)
      .flatMap((line, i) =>
        line.page === lines[i]!.page && lines[i]!.y - line.y > 1 ? [Math.round(lines[i]!.y - line.y)] : [],
      ),
  );
  const paragraphs: string[] = [];
  for (const group of ordered) {
    let previous: Line | null = null;
    // In a two-column block (header, signature) a printed line is a line of its own, as
    // the source texts keep them ("TỈNH ỦY TRÀ VINH", "*", "Số 147-KH/TU"; a recipient
    // wrapped in its cell is rejoined by the closing's parser), unless it starts in lower
    // case or with a digit ("…, ngày 30 tháng 01 năm" / "2020").
    for (const line of group.lines) {
      const last = paragraphs.length - 1;
      const samePage = previous !== null && previous.page === line.page;
      const continues =
        previous !== null &&
        (!group.columns || /^[\p{Ll}\d]/u.test(line.text)) &&
        !line.table &&
        !previous.table &&
        ((samePage && previous.y - line.y > 0 && previous.y - line.y <= pitch * 1.2) ||
          (!samePage && (/^\p{Ll}/u.test(line.text) || /[\p{L}\d]-$/u.test(paragraphs[last]!))));
      if (continues) paragraphs[last] = joinLine(paragraphs[last]!, line.text);
      else paragraphs.push(line.text);
      previous = line;
    }
  }

  const out: string[] = [];
  const placed = new Set<string>();
  for (const paragraph of paragraphs) {
    out.push(paragraph, '');
    for (const note of notes) {
      if (!placed.has(note.n) && paragraph.includes(note.n)) {
        out.push(`${note.n} ${note.text}`, '');
        placed.add(note.n);
      }
    }
  }
  for (const note of notes.filter((n) => !placed.has(n.n))) out.push(`${note.n} ${note.text}`, '');
  while (out.length > 0 && out.at(-1) === '') out.pop();
  return { lines: out.map((line) => line.normalize('NFC')), dropped };
}

/**
 * Reads a PDF. Throws an ImportInputError naming the file when it cannot be opened, or
 * when it has no text layer (a scan: the text is an image, which needs OCR first).
 */
export async function readPdf(bytes: Uint8Array, file: string): Promise<SourceText> {
  let pages: PdfPage[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = [];
    for (let p = 1; p <= pdf.numPages; p += 1) {
      const page = await pdf.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      pages.push({
        width: viewport.width,
        height: viewport.height,
        items: content.items.flatMap((item) =>
          'str' in item
            ? [
                {
                  text: item.str,
                  x: item.transform[4] as number,
                  y: item.transform[5] as number,
                  width: item.width,
                  size: Math.hypot(item.transform[2] as number, item.transform[3] as number),
                },
              ]
            : [],
        ),
      });
    }
  } catch (error) {
    throw new ImportInputError(
      file,
      `tệp PDF bị hỏng, không mở được (${(error as Error).message})`,
      `the PDF cannot be opened (${(error as Error).message})`,
    );
  }
  if (!pages.some((page) => page.items.some((item) => /\p{L}/u.test(item.text)))) {
    throw new ImportInputError(
      file,
      'tệp PDF không có lớp chữ (có lẽ là bản quét/ảnh chụp); hãy xin bản Word hoặc PDF xuất từ Word, hoặc nhận dạng chữ (OCR) trước',
      'the PDF has no text layer (probably a scan); ask for the Word file or a PDF saved from Word, or run OCR first',
    );
  }
  return pagesToSource(pages);
}
