import { plainText } from '../text/plain-text.ts';

/**
 * Phrases that state a time: dd/mm/yyyy, dd-m-yyyy, dd/mm, "tháng …", "quý …",
 * "hàng năm"/"hằng năm", "cuối …"/"đầu …" (of a month, quarter or year), and a month left
 * blank for every month of a year ("báo cáo … tháng .../2020": a monthly report form).
 */
const DATE_PHRASE =
  /(?:cuối|đầu)\s+(?:năm|tháng(?:\s+\d{1,2})?|quý(?:\s+[IVX]+\b)?)|\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?(?![\d/-])|tháng\s+(?:\d{1,2}|[IVX]+)\b(?:\/\d{4})?|tháng\s+(?:\.{2,}|…)\s*\/\s*\d{4}|quý\s+[IVX]+\b(?:\/\d{4})?|h[àằ]ng\s+năm/giu;

/** A document number followed by its date: "Kế hoạch số 35-KH/TU, ngày 28/9/2021". */
const CITATION_DATE = /[\p{L}\d.]+\/[\p{L}\d.-]+,?\s*(?:\(\s*)?ngày\s+$/u;
/** An anniversary span: "(03/02/1930 - 03/02/2020)". */
const ANNIVERSARY = /\(\d{1,2}\/\d{1,2}\/\d{4}\s*-\s*\d{1,2}\/\d{1,2}\/\d{4}\)/gu;

export interface DatePhrase {
  phrase: string;
  index: number;
  context: string;
}

/** Every time phrase in a text, with its position and some context. */
export function findDatePhrases(text: string): DatePhrase[] {
  return [...text.matchAll(DATE_PHRASE)].map((match) => ({
    phrase: match[0],
    index: match.index,
    context: text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 20),
  }));
}

/**
 * The time phrases of a plan body that no deadline covers and no exemption explains, given
 * the body's reading text (plainText, computed once with the plan). A phrase is covered
 * when it lies inside a deadline's quote or an exempted quote, or is a cited document's
 * date, or part of an anniversary span.
 */
export function uncoveredDatePhrases(text: string, coveringQuotes: string[]): DatePhrase[] {
  const covered: [number, number][] = [];
  for (const quote of coveringQuotes.map(plainText)) {
    // A quote of markers alone ("**") reads as nothing, which covers nothing; searching for
    // "" would find it at every index, the last one forever.
    if (quote === '') continue;
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1))
      covered.push([at, at + quote.length]);
  }
  for (const match of text.matchAll(ANNIVERSARY)) covered.push([match.index, match.index + match[0].length]);
  return findDatePhrases(text).filter(({ phrase, index }) => {
    const end = index + phrase.length;
    if (covered.some(([start, stop]) => start <= index && end <= stop)) return false;
    return !CITATION_DATE.test(text.slice(Math.max(0, index - 60), index));
  });
}
