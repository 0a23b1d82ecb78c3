import { bare, tidy } from './lines.ts';
import type { NumberedLine } from './types.ts';

/** One paragraph (or heading) of the MDX body, with the source lines it came from. */
export interface BodyBlock {
  lines: number[];
  /** The block as MDX, in the format of content/plans (see content/plans/README.md). */
  mdx: string;
  kind: 'heading' | 'paragraph' | 'footnote';
}

export interface Body {
  blocks: BodyBlock[];
  /** The MDX body: blocks separated by one blank line, footnotes last. */
  mdx: string;
  /** Lines joined to the paragraph above (a page break inside a paragraph), to be checked. */
  joins: { line: number; text: string }[];
}

/** Heading level by its numbering, as content/plans/README.md sets it. */
export function headingLevel(text: string): number | null {
  if (/^[IVXLC]+[.-]\s/u.test(text)) return 2;
  if (/^\d+\.\d+[.-]\s/u.test(text)) return 4;
  if (/^\d+[.-]\s/u.test(text)) return 3;
  if (/^[a-zđ][.-]\s/u.test(text)) return 5;
  return null;
}

/**
 * Whether a numbered line is a standalone title rather than running text that starts with a
 * number: a Roman section always is; others when short and not ending like a sentence.
 */
function isHeading(text: string, level: number): boolean {
  if (level === 2) return true;
  const words = text.replace(/^(?:\d+(?:\.\d+)*|[a-zđ])[.-]\s*/u, '');
  return words.length <= 160 && !/[.;,]$/u.test(words) && !/[.;]\s/u.test(words);
}

/** MDX-special characters of transcribed text, escaped (content/plans/README.md). */
export function escapeMdx(text: string): string {
  return text.replace(/(?<!\\)([{}<>])/gu, '\\$1');
}

/** The start of a paragraph escaped so MDX does not read it as a list, heading or quote. */
function escapeStart(text: string): string {
  if (/^[-+]\s/u.test(text) || /^[-+][^\s\d]/u.test(text)) return `\\${text}`;
  if (/^\*\s/u.test(text)) return `\\${text}`;
  if (/^\d+[.)]\s/u.test(text)) return text.replace(/^(\d+)([.)])/u, '$1\\$2');
  if (/^#/u.test(text)) return `\\${text}`;
  return text;
}

const SUPERSCRIPT: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
};
const footnoteNumber = (marks: string) => [...marks].map((c) => SUPERSCRIPT[c]).join('');

/**
 * The body lines as MDX: one source line is one paragraph; a line that starts in lower case
 * continues the paragraph above (a page break in the source) and so does a capitals line
 * under a Roman heading ending with a comma; numbered title lines become headings by level;
 * "⁽¹⁾" marks become footnotes. The words are kept as printed.
 */
export function convertBody(lines: readonly NumberedLine[]): Body {
  const blocks: BodyBlock[] = [];
  const footnotes: BodyBlock[] = [];
  const joins: Body['joins'] = [];
  for (const { n, text: raw } of lines) {
    let text = tidy(raw).replace(/ +$/u, '');
    if (text === '') continue;
    text = text.replace(/[⁽]([⁰¹²³⁴⁵⁶⁷⁸⁹]+)[⁾]/gu, (_, marks: string) => `[^${footnoteNumber(marks)}]`);
    const definition = /^\[\^(\d+)\]\s*(.*)$/u.exec(text);
    if (definition) {
      footnotes.push({ lines: [n], mdx: `[^${definition[1]}]: ${escapeMdx(definition[2]!)}`, kind: 'footnote' });
      continue;
    }
    const previous = blocks.at(-1);
    const plain = bare(text);
    // A document number broken after its hyphen ("số 21-" / "CT/TW") is rejoined without a space.
    if (previous !== undefined && previous.kind === 'paragraph' && /\d-$/u.test(previous.mdx)) {
      previous.mdx += escapeMdx(text);
      previous.lines.push(n);
      joins.push({ line: n, text: plain });
      continue;
    }
    const continues =
      previous !== undefined &&
      ((/^\p{Ll}/u.test(plain) && previous.kind === 'paragraph' && headingLevel(plain) === null && !/^#/u.test(text)) ||
        (previous.kind === 'heading' &&
          previous.mdx.startsWith('## ') &&
          /,$/u.test(previous.mdx) &&
          plain === plain.toLocaleUpperCase('vi')));
    if (continues) {
      previous.mdx += ` ${previous.kind === 'heading' ? plain : escapeMdx(text)}`;
      previous.lines.push(n);
      joins.push({ line: n, text: plain });
      continue;
    }
    const level = headingLevel(plain);
    if (level !== null && isHeading(plain, level)) {
      blocks.push({ lines: [n], mdx: `${'#'.repeat(level)} ${escapeMdx(plain)}`, kind: 'heading' });
      continue;
    }
    // A source in Markdown marks headings with "#": without numbering they stay text.
    const unhashed = text.replace(/^#{1,6}\s+/u, '');
    blocks.push({ lines: [n], mdx: escapeStart(escapeMdx(unhashed)), kind: 'paragraph' });
  }
  const all = [...blocks, ...footnotes];
  return { blocks: all, mdx: all.map((block) => block.mdx).join('\n\n'), joins };
}
