/**
 * A PDF's lines in reading order, joined back into paragraphs: a two-column block (the
 * header and signature tables of a Party document) is read left column first; within a
 * column or the running text, a line one line-pitch under the previous continues its
 * paragraph, and a word or a number broken after its hyphen at a line end is rejoined.
 */
import { mode, type Line, type PdfPage } from './lines.ts';

/** Joins a paragraph's next printed line: no space after a hyphen that ends a word or number ("01-" + "KL/TW"). */
export function joinLine(paragraph: string, next: string): string {
  if (/\u00ad$/u.test(paragraph)) return paragraph.slice(0, -1) + next;
  if (/[\p{L}\d]-$/u.test(paragraph)) return paragraph + next;
  return `${paragraph} ${next}`;
}

/** Lines in reading order, in groups: the running text, or one column of a two-column block. */
export interface LineGroup {
  lines: Line[];
  columns: boolean;
}

/**
 * Two-column blocks: from a line split in two, while lines keep to one half of the page;
 * each column read top to bottom, left first.
 */
export function readingOrder(body: readonly Line[], pages: readonly PdfPage[]): LineGroup[] {
  const ordered: LineGroup[] = [];
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
  return ordered;
}

/** The distance between the baselines of a paragraph's lines: the commonest gap between two lines of a page. */
export function linePitch(lines: readonly Line[]): number {
  return mode(
    lines
      .slice(1)
      .flatMap((line, i) =>
        line.page === lines[i]!.page && lines[i]!.y - line.y > 1 ? [Math.round(lines[i]!.y - line.y)] : [],
      ),
  );
}

/**
 * Paragraphs: within a column or the running text, a line one pitch under the previous
 * continues its paragraph; across a page, a line starting in lower case (or after a
 * hyphen) continues it.
 */
export function joinParagraphs(ordered: readonly LineGroup[], pitch: number): string[] {
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
  return paragraphs;
}
