/**
 * The printed lines of a PDF's pages, from the positioned pieces of text pdf.js gives: pieces
 * on one baseline make a line, small raised digits are footnote marks on the line just below,
 * and a wide gap splits a line into columns, or into the cells of a table row.
 */
import { footnoteMark } from '../lines.ts';

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
export interface Line {
  page: number;
  y: number;
  x0: number;
  x1: number;
  text: string;
  size: number;
  /** A table row: cells separated by tabs, never joined to another line. */
  table: boolean;
}

/** The commonest value; the smaller one on a tie. */
export function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  // Ties go to the smaller value: the line pitch rather than the paragraph gap.
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** The text size most characters are printed in. */
export function bodySize(pages: readonly PdfPage[]): number {
  return mode(pages.flatMap((p) => p.items.flatMap((it) => Array<number>(it.text.length).fill(Math.round(it.size)))));
}

/** The printed lines of a page, split into pieces where a wide gap separates columns. */
export function linesOf(page: PdfPage, pageNumber: number, size: number): Line[] {
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
    const text = /^\d+$/u.test(item.text.trim()) ? footnoteMark(item.text.trim()) : item.text;
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
