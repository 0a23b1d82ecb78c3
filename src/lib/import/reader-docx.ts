/**
 * The reader of .docx files: the OOXML package read directly (fflate to unzip, @xmldom/xmldom
 * to parse) rather than through mammoth, because mammoth's HTML drops what a Party document
 * needs: the printed form of Word's automatic numbering ("I-", "1.", "a)" become bare <ol>),
 * table borders (so a borderless header or signature table cannot be told from a body table)
 * and empty cells of merged ranges. The result is the intermediate every reader gives: lines
 * in the shape of content/sources/*.txt (emphasis as **bold** and *italic*, footnote marks
 * as "⁽¹⁾" with the footnote's text on a "⁽¹⁾ …" line after its paragraph, table rows as
 * tab-separated cells, a merged cell's continuation empty).
 */
import { unzipSync, strFromU8 } from 'fflate';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { ImportInputError } from './sniff.ts';
import type { SourceText } from './types.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const childElements = (node: Element, name?: string): Element[] => {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (name === undefined || (child as Element).localName === name))
      out.push(child as Element);
  }
  return out;
};
const child = (node: Element | undefined, name: string): Element | undefined =>
  node ? childElements(node, name)[0] : undefined;
const attr = (node: Element | undefined, name: string): string | null =>
  node ? (node.getAttributeNS(W, name) ?? node.getAttribute(`w:${name}`)) || null : null;
/** An on/off property (<w:b/>, <w:b w:val="0"/>). */
const isOn = (node: Element | undefined): boolean => {
  if (!node) return false;
  const val = attr(node, 'val');
  return val === null || !['0', 'false', 'off', 'none'].includes(val);
};

// ---------------------------------------------------------------- numbering

interface Level {
  start: number;
  format: string;
  text: string;
}
interface Numbering {
  levels: Map<string, Map<number, Level>>;
  /** Per numId: its abstract levels with the instance's overrides applied. */
  counters: Map<string, number[]>;
}

function readNumbering(xml: string | undefined): Map<string, Map<number, Level>> {
  const result = new Map<string, Map<number, Level>>();
  if (!xml) return result;
  const root = parseXml(xml);
  const abstract = new Map<string, Map<number, Level>>();
  const readLevel = (lvl: Element, fallback?: Level): Level => ({
    start: Number(attr(child(lvl, 'start'), 'val') ?? fallback?.start ?? 1),
    format: attr(child(lvl, 'numFmt'), 'val') ?? fallback?.format ?? 'decimal',
    text: attr(child(lvl, 'lvlText'), 'val') ?? fallback?.text ?? '',
  });
  for (const node of childElements(root, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const lvl of childElements(node, 'lvl')) levels.set(Number(attr(lvl, 'ilvl')), readLevel(lvl));
    abstract.set(attr(node, 'abstractNumId') ?? '', levels);
  }
  for (const num of childElements(root, 'num')) {
    const levels = new Map(abstract.get(attr(child(num, 'abstractNumId'), 'val') ?? '') ?? []);
    for (const override of childElements(num, 'lvlOverride')) {
      const ilvl = Number(attr(override, 'ilvl'));
      const base = levels.get(ilvl);
      const lvl = child(override, 'lvl');
      const level = lvl ? readLevel(lvl, base) : base;
      if (!level) continue;
      const start = attr(child(override, 'startOverride'), 'val');
      levels.set(ilvl, { ...level, ...(start !== null ? { start: Number(start) } : {}) });
    }
    result.set(attr(num, 'numId') ?? '', levels);
  }
  return result;
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}
function letters(n: number): string {
  // Word's letter numbering: a…z, then aa…zz.
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}
/** A counter printed in a level's format. */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** The label Word prints for the next paragraph of list numId at level ilvl ("I-", "2.1.", "a)"). */
function nextLabel(numbering: Numbering, numId: string, ilvl: number): string | null {
  const levels = numbering.levels.get(numId);
  const level = levels?.get(ilvl);
  if (!levels || !level || numId === '0') return null;
  const counters = numbering.counters.get(numId) ?? [];
  counters[ilvl] = counters[ilvl] === undefined ? level.start : counters[ilvl] + 1;
  counters.length = ilvl + 1;
  numbering.counters.set(numId, counters);
  if (level.format === 'bullet') {
    // Symbol-font bullets are private-use characters; a Party document prints a dash.
    return /^[\uE000-\uF8FF•·▪●○■-]?$/u.test(level.text) ? '-' : level.text;
  }
  return level.text.replace(/%(\d)/gu, (_, k: string) => {
    const i = Number(k) - 1;
    const lvl = levels.get(i);
    return formatCounter(counters[i] ?? lvl?.start ?? 1, i === ilvl ? level.format : (lvl?.format ?? 'decimal'));
  });
}

// ---------------------------------------------------------------- text

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

interface Context {
  numbering: Numbering;
  footnotes: Map<string, Element>;
  /** Footnotes referenced so far, in order: the printed number is the position. */
  footnoteOrder: string[];
  /** Blocks of the text boxes anchored in the paragraph being read. */
  boxes: Element[];
  styles: Map<string, Style>;
}

/** A run property set on or off, or undefined when not set here. */
const flag = (node: Element | undefined): boolean | undefined => (node ? isOn(node) : undefined);

interface Style {
  bold?: boolean;
  italic?: boolean;
  basedOn?: string;
}
/** Bold and italic of each style (styles.xml), with the style each is based on. */
function readStyles(xml: string | undefined): Map<string, Style> {
  const styles = new Map<string, Style>();
  if (!xml) return styles;
  for (const node of childElements(parseXml(xml), 'style')) {
    const rPr = child(node, 'rPr');
    const style: Style = {};
    const bold = flag(child(rPr, 'b'));
    const italic = flag(child(rPr, 'i'));
    const basedOn = attr(child(node, 'basedOn'), 'val');
    if (bold !== undefined) style.bold = bold;
    if (italic !== undefined) style.italic = italic;
    if (basedOn) style.basedOn = basedOn;
    styles.set(attr(node, 'styleId') ?? '', style);
  }
  return styles;
}
/** A style's bold or italic, looked up through the styles it is based on. */
function styleFlag(styles: Map<string, Style>, id: string | null, key: 'bold' | 'italic'): boolean | undefined {
  for (let depth = 0, current = id; current && depth < 10; depth += 1) {
    const style = styles.get(current);
    if (!style) return undefined;
    if (style[key] !== undefined) return style[key];
    current = style.basedOn ?? null;
  }
  return undefined;
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
              segments.push({ text: superscriptMark(context.footnoteOrder.length), bold: false, italic: false });
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

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscriptMark = (n: number) => `⁽${[...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join('')}⁾`;

function paragraphText(paragraph: Element, context: Context, referenced: string[]): string {
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
function footnoteLines(referenced: string[], context: Context): string[] {
  return referenced.map((id) => {
    const note = context.footnotes.get(id);
    const n = context.footnoteOrder.indexOf(id) + 1;
    const text = note
      ? childElements(note, 'p')
          .map((p) => paragraphText(p, context, []))
          .join(' ')
          .trim()
      : '';
    return `${superscriptMark(n)} ${text}`;
  });
}

// ---------------------------------------------------------------- tables

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
function blockLines(block: Element, context: Context, spaced: boolean): string[] {
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

function parseXml(xml: string): Element {
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(xml, 'text/xml');
  return document.documentElement as unknown as Element;
}

/**
 * Reads a .docx: body paragraphs and tables in order, a blank line after each paragraph
 * (the shape of a source text exported from Word). Throws an ImportInputError naming the
 * file when the package is corrupt.
 */
export function readDocx(bytes: Uint8Array, file: string): SourceText {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (entry) => /^word\/(?:document|numbering|footnotes|styles)\.xml$/u.test(entry.name),
    });
  } catch (error) {
    throw new ImportInputError(
      file,
      `tệp Word bị hỏng, không giải nén được (${(error as Error).message})`,
      `the Word file is corrupt and cannot be unzipped (${(error as Error).message})`,
    );
  }
  const document = parts['word/document.xml'];
  if (!document) {
    throw new ImportInputError(
      file,
      'tệp Word bị hỏng: thiếu phần word/document.xml',
      'the Word file is corrupt: word/document.xml is missing',
    );
  }
  try {
    const footnotes = new Map<string, Element>();
    const footnotesXml = parts['word/footnotes.xml'];
    if (footnotesXml) {
      for (const note of childElements(parseXml(strFromU8(footnotesXml)), 'footnote'))
        footnotes.set(attr(note, 'id') ?? '', note);
    }
    const numberingXml = parts['word/numbering.xml'];
    const context: Context = {
      numbering: { levels: readNumbering(numberingXml && strFromU8(numberingXml)), counters: new Map() },
      footnotes,
      footnoteOrder: [],
      boxes: [],
      styles: readStyles(parts['word/styles.xml'] && strFromU8(parts['word/styles.xml'])),
    };
    const body = child(parseXml(strFromU8(document)), 'body');
    const lines = (body ? childElements(body) : []).flatMap((block) => blockLines(block, context, true));
    while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
    return { lines: lines.map((line) => line.normalize('NFC')), dropped: [] };
  } catch (error) {
    throw new ImportInputError(
      file,
      `tệp Word bị hỏng, nội dung XML không đọc được (${(error as Error).message})`,
      `the Word file is corrupt: its XML cannot be read (${(error as Error).message})`,
    );
  }
}
