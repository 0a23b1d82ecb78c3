/**
 * Footnotes of a PDF: the notes printed at the foot of a page are taken out of the running
 * text, and each is put back after the first paragraph that carries its mark.
 */
import type { Line, PdfPage } from './lines.ts';
import { joinLine } from './paragraphs.ts';

export interface Footnote {
  /** Its mark as printed, "⁽¹⁾". */
  n: string;
  text: string;
}

/** Footnotes: from the first line of a page's lower half that starts with a mark, to its end. */
export function splitFootnotes(lines: readonly Line[], pages: readonly PdfPage[]): { body: Line[]; notes: Footnote[] } {
  const notes: Footnote[] = [];
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
  return { body, notes };
}

/** The paragraphs as source lines, a blank line after each, each footnote after the first paragraph that cites it. */
export function withFootnotes(paragraphs: readonly string[], notes: readonly Footnote[]): string[] {
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
  return out;
}
