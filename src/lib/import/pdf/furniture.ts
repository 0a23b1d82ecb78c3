/** Page furniture: page numbers and running headers or footers, dropped from the text with the reason. */
import type { Line, PdfPage } from './lines.ts';

const PAGE_NUMBER = /^[-–—\s]*(?:Trang\s*)?\d{1,3}(?:\s*\/\s*\d{1,3})?[-–—\s]*$/iu;

/**
 * Page furniture: in the top or bottom eighth of a page, a page number, or a line printed
 * at the same place on most pages (its digits aside) — a running header or footer.
 */
export function furniture(lines: readonly Line[], pages: readonly PdfPage[]): Map<Line, string> {
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
