import { foldVietnamese } from './slug';

/** Lower-case, unaccented words separated by single spaces, padded for whole-word matching. */
export function matchText(text: string): string {
  return ` ${foldVietnamese(text).toLowerCase().replace(/[^a-z0-9]+/gu, ' ').trim()} `;
}

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
