import { foldVietnamese } from '../text/slug';
import { ISSUER_NAMES, parseDocumentNumber } from '../plans/document-number';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Query parameter that carries the search terms to the page a result opens. */
export const HIGHLIGHT_PARAM = 'tu-khoa';

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

const QUERY_NUMBER = /(\d{1,5})\s*[-\s]\s*([a-zđ]{2,3})\s*[/\s]\s*([a-zđ.]{2,8})/iu;
const QUERY_TYPE_FIRST = /\b([a-zđ]{2,3})\s*[-\s]?\s*(\d{1,5})\b/iu;

/** Issuer codes the site knows, keyed by their folded spelling ("DUK" → "ĐUK"). */
const KNOWN_ISSUERS = new Map(Object.keys(ISSUER_NAMES).map((code) => [foldVietnamese(code).toUpperCase(), code]));

/**
 * Rewrites a document number typed any common way into the printed form Pagefind
 * indexed ("34 kh duk", "34-KH/DUK" → "34-KH/ĐUK"), so the document itself ranks first.
 * Other queries pass through unchanged but for NFC and collapsed spaces.
 */
export function normaliseQuery(query: string): string {
  // The index is NFC; a decomposed query (typed on some systems) would match nothing.
  const trimmed = query.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const full = QUERY_NUMBER.exec(trimmed);
  if (full) {
    const [whole, serial, type, issuer] = full as unknown as [string, string, string, string];
    const code = KNOWN_ISSUERS.get(foldVietnamese(issuer).toUpperCase()) ?? issuer.toUpperCase();
    return trimmed.replace(whole, `${serial}-${type.toUpperCase()}/${code}`);
  }
  return trimmed;
}

/** "KH 34" / "kh34": the type code before the serial, as people sometimes type it. */
export function typeFirstNumber(query: string): { type: string; serial: string } | null {
  const match = QUERY_TYPE_FIRST.exec(query.trim());
  if (!match || !/^[a-zđ]+$/iu.test(match[1]!)) return null;
  return { type: match[1]!.toUpperCase(), serial: match[2]! };
}
