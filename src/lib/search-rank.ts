import { foldVietnamese } from './slug';

/** Lower-case, unaccented words separated by single spaces, padded for whole-word matching. */
export function matchText(text: string): string {
  return ` ${foldVietnamese(text).toLowerCase().replace(/[^a-z0-9]+/gu, ' ').trim()} `;
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

export interface Rankable {
  title: string;
  content: string;
}

/**
 * Pagefind ranks by single words; cadres search for phrases ("đại đoàn kết", "hính
 * quyền"). Among the first results, pages that hold the whole phrase move up: in the
 * title first, then by how often the body repeats it. Otherwise Pagefind's order stays.
 */
export function rankByPhrase<T extends Rankable>(query: string, results: T[]): T[] {
  const phrase = matchText(query);
  if (phrase.trim().split(' ').length < 2) return results;
  const score = (result: T) =>
    (matchText(result.title).includes(phrase) ? 1000 : 0) + occurrences(matchText(result.content), phrase);
  return results
    .map((result, index) => ({ result, index, score: score(result) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ result }) => result);
}
