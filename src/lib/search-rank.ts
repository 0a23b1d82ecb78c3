import { foldVietnamese } from './slug';

/** Lower-case, unaccented words separated by single spaces, padded for whole-word matching. */
export function matchText(text: string): string {
  return ` ${foldVietnamese(text).toLowerCase().replace(/[^a-z0-9]+/gu, ' ').trim()} `;
}

/** Pagefind's ranking, the same on the search page and in the tests that check it. */
export const RANKING = { diacriticSimilarity: 3 } as const;

/**
 * Results fetched and re-ranked before the first are shown. Each costs the browser one
 * fragment (~5 KB for a plan); fewer would make the first search lighter, but the phrase
 * re-ranking then misses pages (e.g. the 2020 chuyên đề for "dai doan ket", 6th in
 * Pagefind's own order).
 */
export const FIRST_RESULTS = 10;
/** Results added by each "Xem thêm kết quả". */
export const MORE_RESULTS = 10;

export interface Rankable {
  title: string;
  content: string;
}

/**
 * Pagefind ranks by single words; cadres search for phrases ("đại đoàn kết", "hính
 * quyền"). Among the first results, pages that hold the whole phrase move up, those with
 * it in the title first. Otherwise Pagefind's order (and its weights) stays: counting
 * repetitions would favour pages that gather many documents, like the timeline.
 */
export function rankByPhrase<T extends Rankable>(query: string, results: T[]): T[] {
  const phrase = matchText(query);
  if (phrase.trim().split(' ').length < 2) return results;
  const score = (result: T) =>
    (matchText(result.title).includes(phrase) ? 2 : 0) + (matchText(result.content).includes(phrase) ? 1 : 0);
  return results
    .map((result, index) => ({ result, index, score: score(result) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ result }) => result);
}
