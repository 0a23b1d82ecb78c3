import { foldVietnamese } from '../text/slug';
import { DOCUMENT_TYPES, ISSUER_NAMES, parseDocumentNumber } from '../plans/document-number';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Query parameter that carries the search terms to the page a result opens. */
export const HIGHLIGHT_PARAM = 'tu-khoa';

/** A result's address with the words searched, for the page to mark them (before any #anchor). */
export function highlightUrl(url: string, query: string): string {
  const words = query.trim();
  if (!words) return url;
  const hash = url.indexOf('#');
  const [path, anchor] = hash === -1 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const joiner = path.includes('?') ? '&' : '?';
  // encodeURIComponent throws on a lone surrogate (a half of an emoji pasted into the box):
  // it travels as U+FFFD, as URLSearchParams would send it.
  const wellFormed = words.replace(/\p{Cs}/gu, '\uFFFD');
  return `${path}${joiner}${HIGHLIGHT_PARAM}=${encodeURIComponent(wellFormed)}${anchor}`;
}

/**
 * Pagefind folds tones but keeps đ as a letter of its own, so "dang" would not find
 * "Đảng". Every word of a page that contains đ is indexed once more in its folded
 * spelling (a metadata field), which lets queries typed without diacritics match.
 * Sorted and de-duplicated so the output is deterministic and small.
 */
export function foldedDWords(text: string): string[] {
  const words = new Set<string>();
  // Only the words around each "đ" are looked at: matching every word of a long plan with a
  // pattern was a visible part of building thousands of pages.
  const lower = text.toLowerCase();
  for (let at = lower.indexOf('đ'); at !== -1;) {
    let start = at;
    let end = at + 1;
    while (start > 0 && WORD_CHAR.test(lower[start - 1]!)) start -= 1;
    while (end < lower.length && WORD_CHAR.test(lower[end]!)) end += 1;
    words.add(foldVietnamese(lower.slice(start, end)));
    at = lower.indexOf('đ', end);
  }
  return [...words].sort();
}

/** The spellings cadres type for a document number: "34-KH/DUK", "34 kh duk", "KH 34"… */
export function documentNumberSpellings(number: string): string[] {
  const { serial, typeCode, issuerCode } = parseDocumentNumber(number);
  const folded = (value: string) => foldVietnamese(value);
  return [
    ...new Set([
      number,
      `${serial}-${folded(typeCode)}/${folded(issuerCode)}`,
      `${folded(typeCode)}${serial}`,
      `${serial}${folded(typeCode)}${folded(issuerCode).replace(/\./gu, '')}`.toLowerCase(),
    ]),
  ];
}

// A serial, a type code and an issuer code, each a whole word: "34 kh duk", "34-KH/DUK".
const QUERY_NUMBER = /(?<![\p{L}\p{N}])(\d{1,5})\s*[-\s]\s*([a-zđ]{2,3})\s*[/\s]\s*([a-zđ.]{2,8})(?![\p{L}\p{N}])/giu;
// "kế hoạch 34", "ke hoach so 34", "kh 34", "KH34": a plan's type and serial, without its issuer.
const QUERY_PLAN_SERIAL = /(?<![\p{L}\p{N}])(?:k[eế]\s*ho[aạ]ch|kh)\s*(?:s[oố]\s*)?(\d{1,5})(?![\p{L}\p{N}/-])/giu;
// A day and month (and maybe a year) typed with "/" or "-": "2/9", "02-9", "19/5/1890".
const QUERY_DATE = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?$/u;

const YEAR = /^(19|20)\d\d$/u;

/** Issuer codes the site knows, keyed by their folded spelling ("DUK" → "ĐUK"). */
const KNOWN_ISSUERS = new Map(Object.keys(ISSUER_NAMES).map((code) => [foldVietnamese(code).toUpperCase(), code]));
/** Document type codes, keyed by their folded upper-case spelling ("KH" → "KH", "QD" → "QĐ"). */
const KNOWN_TYPES = new Map(Object.keys(DOCUMENT_TYPES).map((code) => [foldVietnamese(code).toUpperCase(), code]));

/**
 * Rewrites what a cadre typed into what the index holds:
 * - a document number typed any common way becomes the printed form Pagefind indexed
 *   ("34 kh duk", "34-KH/DUK" → "34-KH/ĐUK"), so the document itself ranks first. Only a
 *   known type code followed by a known issuer code counts as a number: "10 nam chi" in
 *   "tong ket 10 nam chi thi 05" and "02 mo hinh" stay words;
 * - a plan's type and serial ("kế hoạch 34", "kh so 34") become the one word every plan
 *   is named by ("KH34", names.ts): "kế hoạch" is on nearly every page, so Pagefind would
 *   rank by "34" alone, which "34-CTr/TU" matches as well. A year ("ke hoach 2021") stays;
 * - a query that is only a date ("2/9", "19-5") is searched in its two-digit spelling
 *   ("02/09", "19/05"), which the pages it names hold among their names (names.ts):
 *   Pagefind reads "2/9" as the number "29" and would match "297-KH/TU" by its prefix.
 * Anything else passes through unchanged but for NFC and collapsed spaces.
 */
export function normaliseQuery(query: string): string {
  // The index is NFC; a decomposed query (typed on some systems) would match nothing.
  const trimmed = query.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const date = QUERY_DATE.exec(trimmed);
  if (date) {
    const [, day, month, year] = date as unknown as [string, string, string, string | undefined];
    return [day.padStart(2, '0'), month.padStart(2, '0'), ...(year ? [year] : [])].join('/');
  }
  return trimmed
    .replace(QUERY_NUMBER, (whole, serial: string, type: string, issuer: string) => {
      const typeCode = KNOWN_TYPES.get(foldVietnamese(type).toUpperCase());
      const issuerCode = KNOWN_ISSUERS.get(foldVietnamese(issuer).toUpperCase());
      return typeCode && issuerCode ? `${serial}-${typeCode}/${issuerCode}` : whole;
    })
    .replace(QUERY_PLAN_SERIAL, (whole, serial: string) => (YEAR.test(serial) ? whole : `KH${serial}`));
}
