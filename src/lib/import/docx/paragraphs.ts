/**
 * A paragraph as a source line writes it: its runs with their bold and italic (direct
 * formatting, then the run's and the paragraph's styles), Word's numbering label before it,
 * footnote references as "⁽n⁾" with each footnote's text on a line of its own, and the
 * text boxes anchored in it kept for after it.
 */
import type { Element } from '@xmldom/xmldom';
import { footnoteMark } from '../lines.ts';
import { nextLabel, type Numbering } from './numbering.ts';
import { styleFlag, type Style } from './styles.ts';
import { attr, child, childElements, flag, W } from './xml.ts';

interface Segment {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** Segments as a source line writes them: **bold**, *italic*, spaces outside the marks. */
export function markup(segments: readonly Segment[]): string {
  const merged: Segment[] = [];
  for (const s of segments) {
    const last = merged.at(-1);
    if (last && last.bold === s.bold && last.italic === s.italic) last.text += s.text;
    else merged.push({ ...s });
  }
  const visible = merged.filter((s) => s.text.trim() !== '');
  const allBold = visible.length > 0 && visible.every((s) => s.bold);
  const wrap = (s: Segment, bold: boolean) => {
    const mark = `${bold && s.bold ? '**' : ''}${s.italic ? '*' : ''}`;
    if (mark === '' || s.text.trim() === '') return s.text;
    const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(s.text)!;
    return `${lead}${mark}${core}${[...mark].reverse().join('')}${trail}`;
  };
  const inner = merged.map((s) => wrap(s, !allBold)).join('');
  if (!allBold) return inner;
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(inner)!;
  return `${lead}**${core}**${trail}`;
}

/** What reading a paragraph needs from the rest of the package, and what it leaves for later. */
export interface Context {
  numbering: Numbering;
  footnotes: Map<string, Element>;
  /** Footnotes referenced so far, in order: the printed number is the position. */
  footnoteOrder: string[];
  /** Blocks of the text boxes anchored in the paragraph being read. */
  boxes: Element[];
  styles: Map<string, Style>;
}

/** The segments of a paragraph, in document order; footnote references as "⁽n⁾". */
function segmentsOf(paragraph: Element, context: Context, referenced: string[]): Segment[] {
  const segments: Segment[] = [];
  const walk = (node: Element, bold: boolean, italic: boolean) => {
    for (const el of childElements(node)) {
      switch (el.localName) {
        case 'r': {
          // Direct formatting first, then the run's character style, then the paragraph's style.
          const rPr = child(el, 'rPr');
          const runStyle = attr(child(rPr, 'rStyle'), 'val');
          const b = flag(child(rPr, 'b')) ?? styleFlag(context.styles, runStyle, 'bold') ?? bold;
          const i = flag(child(rPr, 'i')) ?? styleFlag(context.styles, runStyle, 'italic') ?? italic;
          for (const part of childElements(el)) {
            if (part.localName === 't') {
              const text = part.textContent ?? '';
              segments.push({ text, bold: b, italic: i });
            } else if (part.localName === 'tab') segments.push({ text: '\t', bold: b, italic: i });
            else if (part.localName === 'br' || part.localName === 'cr')
              segments.push({ text: attr(part, 'type') === 'page' ? '' : '\n', bold: b, italic: i });
            else if (part.localName === 'noBreakHyphen') segments.push({ text: '-', bold: b, italic: i });
            else if (part.localName === 'footnoteReference') {
              const id = attr(part, 'id') ?? '';
              context.footnoteOrder.push(id);
              referenced.push(id);
              segments.push({ text: footnoteMark(String(context.footnoteOrder.length)), bold: false, italic: false });
            } else if (['drawing', 'pict', 'AlternateContent'].includes(part.localName ?? '')) {
              // A text box (a header or a note drawn in a box): its paragraphs are read after
              // this one's. Of an AlternateContent only the first choice, not its fallback copy.
              const scope = part.localName === 'AlternateContent' ? childElements(part)[0] : part;
              const boxes = scope ? Array.from(scope.getElementsByTagNameNS(W, 'txbxContent')) : [];
              for (const box of boxes) context.boxes.push(...childElements(box as Element));
            }
          }
          break;
        }
        case 'del':
        case 'pPr':
        case 'rPr':
        case 'moveFrom':
          break;
        default:
          // Hyperlinks, insertions, smart tags, content controls hold runs too.
          walk(el, bold, italic);
      }
    }
  };
  const paragraphStyle = attr(child(child(paragraph, 'pPr'), 'pStyle'), 'val');
  walk(
    paragraph,
    styleFlag(context.styles, paragraphStyle, 'bold') ?? false,
    styleFlag(context.styles, paragraphStyle, 'italic') ?? false,
  );
  return segments;
}

/** A paragraph's text: its numbering label, then its runs as a source line writes them. */
export function paragraphText(paragraph: Element, context: Context, referenced: string[]): string {
  const pPr = child(paragraph, 'pPr');
  const numPr = child(pPr, 'numPr');
  const segments = segmentsOf(paragraph, context, referenced);
  let label: string | null = null;
  if (numPr)
    label = nextLabel(
      context.numbering,
      attr(child(numPr, 'numId'), 'val') ?? '0',
      Number(attr(child(numPr, 'ilvl'), 'val') ?? 0),
    );
  const text = markup(segments);
  if (!label) return text;
  // The label goes inside a bold paragraph's marks, as a source text prints it ("**I. MỤC…**").
  return text.startsWith('**') && text.endsWith('**') ? `**${label} ${text.slice(2)}` : `${label} ${text}`;
}

/** Footnote texts of the ids a paragraph referenced, each on its own "⁽n⁾ …" line. */
export function footnoteLines(referenced: string[], context: Context): string[] {
  return referenced.map((id) => {
    const note = context.footnotes.get(id);
    const n = context.footnoteOrder.indexOf(id) + 1;
    const text = note
      ? childElements(note, 'p')
          .map((p) => paragraphText(p, context, []))
          .join(' ')
          .trim()
      : '';
    return `${footnoteMark(String(n))} ${text}`;
  });
}
