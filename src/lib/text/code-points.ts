import { foldVietnamese } from './slug';

/**
 * Values as a message about them must show them. Vietnamese has several spellings that look
 * the same and are not: a decomposed letter (NFD, "ỉ" as i + U+0309) beside a composed one, a
 * tone mark placed on another vowel ("Hoà"/"Hòa"), a Cyrillic "а" for a Latin "a", a
 * non-breaking space. A message that quotes two such values shows the same text twice and
 * leaves the editor stuck; with their code points, the difference is on the screen.
 */

/** Printable ASCII: a value made of these alone looks like what it is. */
const PLAIN = /^[\x20-\x7e]*$/u;

/** "tỉnh" → "U+0074 U+1EC9 U+006E U+0068". */
export function codePoints(text: string): string {
  return [...text].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

/** The value quoted, with its code points when `withCodePoints`. */
function quote(value: string, withCodePoints: boolean): string {
  return withCodePoints ? `${JSON.stringify(value)} (${codePoints(value)})` : JSON.stringify(value);
}

/** Whether any of the values holds a character that may look like another. */
const needsCodePoints = (values: readonly string[]): boolean => values.some((value) => !PLAIN.test(value));

/**
 * The message for a value that is not one of `allowed`: every value quoted, and, when any of
 * them is not plain ASCII, each with its code points, so `"tỉnh" (U+0074 U+0069 U+0309 …)`
 * stands beside `"tỉnh" (U+0074 U+1EC9 …)`.
 */
export function notOneOf(input: unknown, allowed: readonly string[]): string {
  const strings = typeof input === 'string' ? [input, ...allowed] : allowed;
  const show = needsCodePoints(strings);
  const options = allowed.map((value) => quote(value, show)).join(', ');
  if (input === undefined) return `required: one of ${options}`;
  const given = typeof input === 'string' ? quote(input, show) : JSON.stringify(input);
  return `${given} is not one of ${options}`;
}

/**
 * The candidates that look like `value` without being it: the same letters once tones, marks,
 * case and composition are set aside (foldVietnamese), or the same text in another Unicode form.
 */
export function lookAlikes(value: string, candidates: Iterable<string>): string[] {
  const key = (text: string) => foldVietnamese(text.normalize('NFKC')).toLowerCase();
  const folded = key(value);
  return [...candidates].filter((candidate) => candidate !== value && key(candidate) === folded);
}

/**
 * For a message saying `value` is not among `candidates`: the candidates it looks like, each
 * with its code points beside the value's ("" when none looks like it).
 */
export function lookAlikeHint(value: string, candidates: Iterable<string>): string {
  const similar = lookAlikes(value, candidates);
  if (similar.length === 0) return '';
  const listed = similar.map((candidate) => quote(candidate, true)).join(', ');
  return ` (${quote(value, true)} looks like ${listed}, but is written differently)`;
}
