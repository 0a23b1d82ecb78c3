import { foldVietnamese } from '../text/slug';

/** Lower-case, unaccented words separated by single spaces, padded for whole-word matching. */
export function matchText(text: string): string {
  return ` ${foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim()} `;
}

/** Pagefind's ranking, the same on the search page and in the tests that check it. */
export const RANKING = { diacriticSimilarity: 3 } as const;

/**
 * Results on the first page. Each costs the browser one fragment (a plan's is ~6 KB, its
 * whole text, which the excerpt is cut from), so five keep a first search light on a weak
 * connection; Pagefind's own UI shows five too.
 */
export const FIRST_RESULTS = 5;
/** Results added by each "Xem thêm kết quả". */
export const MORE_RESULTS = 10;
/** Milliseconds without a keystroke before the search runs. */
export const TYPING_PAUSE_MS = 200;
/**
 * How deep the phrase re-ranking looks. By word positions it costs nothing; by text it costs
 * a fragment per result, and fewer would miss pages (e.g. the 2020 chuyên đề for
 * "dai doan ket", 6th in Pagefind's own order).
 */
export const POSITION_WINDOW = 30;
export const TEXT_WINDOW = 10;

export interface Rankable {
  title: string;
  content: string;
}

const phraseWords = (query: string) => matchText(query).trim().split(' ').filter(Boolean).length;

/**
 * Pagefind ranks by single words; cadres search for phrases ("đại đoàn kết", "hính
 * quyền"). Among the first results, pages that hold the whole phrase move up, those with
 * it in the title first. Otherwise Pagefind's order (and its weights) stays: counting
 * repetitions would favour pages that gather many documents, like the timeline.
 */
export function rankByPhrase<T extends Rankable>(query: string, results: T[]): T[] {
  const phrase = matchText(query);
  if (phraseWords(query) < 2) return results;
  const score = (result: T) =>
    (matchText(result.title).includes(phrase) ? 2 : 0) + (matchText(result.content).includes(phrase) ? 1 : 0);
  return results
    .map((result, index) => ({ result, index, score: score(result) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ result }) => result);
}

/** The longest run of consecutive word positions among a result's matches. */
export function longestRun(positions: readonly number[]): number {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  let longest = sorted.length > 0 ? 1 : 0;
  let run = 1;
  for (let index = 1; index < sorted.length; index += 1) {
    run = sorted[index] === sorted[index - 1]! + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** A Pagefind result before its fragment is fetched: where its words matched. */
export interface PositionedResult {
  words: readonly number[];
}

/**
 * The phrase re-ranking done with the word positions Pagefind returns with every result,
 * so no fragment is fetched to decide the order: a page whose matches include as many
 * consecutive words as the query has holds the phrase. Returns null when positions cannot
 * tell — words typed without đ match through the folded-spelling field, which has no
 * order, and a document number is indexed as one compound word — and the text must decide.
 */
export function rankByPositions<T extends PositionedResult>(query: string, results: readonly T[]): T[] | null {
  const needed = phraseWords(query);
  if (needed < 2) return [...results];
  const window = results
    .slice(0, POSITION_WINDOW)
    .map((result, index) => ({ result, index, holds: longestRun(result.words) >= needed }));
  if (!window.some(({ holds }) => holds)) return null;
  return [
    ...window.sort((a, b) => Number(b.holds) - Number(a.holds) || a.index - b.index).map(({ result }) => result),
    ...results.slice(POSITION_WINDOW),
  ];
}

export interface PagefindResult<D> extends PositionedResult {
  data: () => Promise<D>;
}
export interface ResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/**
 * The first page of results for a query, re-ranked, and the results left for "Xem thêm"
 * in the order they will be shown. The search page and the tests that check ranking both
 * call this, so the tests see what a reader sees.
 */
export async function firstPage<R extends PagefindResult<ResultData>>(
  query: string,
  results: readonly R[],
): Promise<{ shown: Awaited<ReturnType<R['data']>>[]; rest: R[] }> {
  type Data = Awaited<ReturnType<R['data']>>;
  const load = (some: readonly R[]) => Promise.all(some.map((result) => result.data() as Promise<Data>));
  const byPositions = query ? rankByPositions(query, results) : [...results];
  if (byPositions) {
    return { shown: await load(byPositions.slice(0, FIRST_RESULTS)), rest: byPositions.slice(FIRST_RESULTS) };
  }
  // The fragments fetched to read the text are all shown: they are paid for.
  const read = await load(results.slice(0, TEXT_WINDOW));
  const ranked = rankByPhrase(
    query,
    read.map((data) => ({ data, title: data.meta.title ?? '', content: data.content })),
  );
  return { shown: ranked.map(({ data }) => data), rest: results.slice(TEXT_WINDOW) };
}
