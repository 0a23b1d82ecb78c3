/**
 * The body's blocks as source lines: a paragraph (then its footnotes and text boxes), a
 * table and a content control. A borderless two-column table is a layout table (the header
 * or the signature of a Party document) and is read cell by cell; any other table is one
 * line per row.
 */
import type { Element } from '@xmldom/xmldom';
import { footnoteLines, paragraphText, type Context } from './paragraphs.ts';
import { attr, child, childElements } from './xml.ts';

function isBorderless(table: Element): boolean {
  const tblPr = child(table, 'tblPr');
  const borders = child(tblPr, 'tblBorders');
  // No borders and no table style: Word's "Normal Table" draws none.
  if (!borders) return !child(tblPr, 'tblStyle');
  return childElements(borders).every((side) => ['none', 'nil'].includes(attr(side, 'val') ?? 'none'));
}

function columnCount(table: Element): number {
  const grid = childElements(child(table, 'tblGrid') ?? table, 'gridCol').length;
  const widest = Math.max(0, ...childElements(table, 'tr').map((tr) => childElements(tr, 'tc').length));
  return Math.max(grid, widest);
}

/** A layout table (borderless, two columns: header or signature): its cells' lines, left then right, row by row. */
function layoutLines(table: Element, context: Context): string[] {
  const lines: string[] = [];
  for (const row of childElements(table, 'tr')) {
    for (const cell of childElements(row, 'tc')) {
      for (const block of childElements(cell)) lines.push(...blockLines(block, context, false));
    }
  }
  return lines;
}

/** A body table: one line per row, cells separated by tabs; a merged range's other cells empty. */
function tableLines(table: Element, context: Context): string[] {
  const lines: string[] = [];
  for (const row of childElements(table, 'tr')) {
    const cells: string[] = [];
    for (const cell of childElements(row, 'tc')) {
      const tcPr = child(cell, 'tcPr');
      const span = Number(attr(child(tcPr, 'gridSpan'), 'val') ?? 1);
      const vMerge = child(tcPr, 'vMerge');
      const continued = vMerge !== undefined && attr(vMerge, 'val') !== 'restart';
      const text = continued
        ? ''
        : childElements(cell, 'p')
            .map((p) => {
              const referenced: string[] = [];
              return paragraphText(p, context, referenced).replace(/\s+/gu, ' ').trim();
            })
            .filter(Boolean)
            .join(' ');
      cells.push(text, ...Array<string>(span - 1).fill(''));
    }
    lines.push(cells.join('\t'));
  }
  return lines;
}

/** The lines of a body-level block (paragraph, table, content control). */
export function blockLines(block: Element, context: Context, spaced: boolean): string[] {
  if (block.localName === 'p') {
    const referenced: string[] = [];
    const text = paragraphText(block, context, referenced);
    const boxes = context.boxes.splice(0).flatMap((box) => blockLines(box, context, false));
    if (text.trim() === '') return boxes.length > 0 ? boxes : [''];
    return [...text.split('\n'), ...footnoteLines(referenced, context), ...boxes, ...(spaced ? [''] : [])];
  }
  if (block.localName === 'tbl') {
    const layout = isBorderless(block) && columnCount(block) === 2;
    return [...(layout ? layoutLines(block, context) : tableLines(block, context)), ''];
  }
  if (block.localName === 'sdt') {
    return childElements(child(block, 'sdtContent') ?? block).flatMap((b) => blockLines(b, context, spaced));
  }
  return [];
}
