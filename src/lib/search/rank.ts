import { foldVietnamese } from '../text/slug';
import { NAMES_FIELD } from './names';

/**
 * Lower-case, unaccented words separated by single spaces, padded for whole-word matching;
 * numbers lose their leading zeros, as cadres type "4 nam" for the printed "04 năm".
 */
export function matchText(text: string): string {
  return ` ${foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .replace(/(?<![0-9])0+(?=[0-9])/gu, '')
    .trim()} `;
}

/**
 * Pagefind's ranking, the same on the search page and in the tests that check it. A match
 * in a page's names (NAMES_FIELD: a plan's number and province, a form's name, a
 * commemoration's name and day) counts ten times a match in its text, and more the more of
 * the query they hold: the page that IS the thing comes before the pages that list or cite
 * it, which only mention it (Pagefind's own title boost, 5, is kept).
 */
export const RANKING = { diacriticSimilarity: 3, metaWeights: { [NAMES_FIELD]: 10 } } as const;

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
  /** Whether the query matched the page's names (isNamed): such a page keeps its place. */
  named?: boolean;
}

const phraseWords = (query: string) => matchText(query).trim().split(' ').filter(Boolean).length;

/**
 * Sorts the items the query does not name by `score` (higher first, then their order) within
 * the places they hold; the items it names keep theirs. Pagefind already puts the page
 * whose names hold the query first (RANKING); the phrase re-ranking may only reorder the
 * pages that mention the words, or a list holding the phrase ("Kế hoạch 34-KH/ĐUK" on the
 * timeline) would climb above the plan it lists.
 */
export function reorderUnnamed<T>(items: readonly T[], named: (item: T) => boolean, score: (item: T) => number): T[] {
  const slots = items.flatMap((item, index) => (named(item) ? [] : [{ item, index }]));
  const sorted = [...slots].sort((a, b) => score(b.item) - score(a.item) || a.index - b.index);
  const ordered = [...items];
  slots.forEach(({ index }, rank) => {
    ordered[index] = sorted[rank]!.item;
  });
  return ordered;
}

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
  return reorderUnnamed(results, (result) => result.named ?? false, score);
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

/** A Pagefind result before its fragment is fetched: which page, and where its words matched. */
export interface PositionedResult {
  id: string;
  words: readonly number[];
}

/** The metadata field that holds the page's body words with đ folded: unordered, so it names nothing. */
const FOLDED_FIELD = 'khong-dau';

/**
 * The pages whose names or title hold the query as typed, word after word: the pages that
 * ARE what was asked for (a form for "mau 03", the 19/5 commemoration for "sinh nhat bac").
 * Found by Pagefind's exact-phrase search ("…" in the query), which reads the index chunks
 * the search itself loaded: it costs no byte, and matches whole words only, so "ho" does
 * not name a plan through "Kế hoạch". Pages whose text holds the phrase are found by the
 * phrase re-ranking instead. Empty for one word: there is no phrase to re-rank by.
 */
export async function namedPages(
  query: string,
  search: (query: string) => Promise<{ results: readonly { id: string; matchedMetaFields?: readonly string[] }[] }>,
): Promise<Set<string>> {
  if (phraseWords(query) < 2 || query.includes('"')) return new Set();
  const words = query.trim().split(/\s+/u);
  // The last word may be half typed ("sinh nhat ba") or one the names lack ("sinh nhật Bác
  // 19/5"): the words before it name the page too, when there are two or more.
  const phrases = words.length > 2 ? [words.join(' '), words.slice(0, -1).join(' ')] : [words.join(' ')];
  const named = new Set<string>();
  for (const phrase of phrases) {
    for (const result of (await search(`"${phrase}"`)).results) {
      if (result.matchedMetaFields?.some((field) => field !== FOLDED_FIELD)) named.add(result.id);
    }
  }
  return named;
}

/**
 * The phrase re-ranking done with the word positions Pagefind returns with every result,
 * so no fragment is fetched to decide the order: a page whose matches include as many
 * consecutive words as the query has holds the phrase. Returns null when positions cannot
 * tell — words typed without đ match through the folded-spelling field, which has no
 * order, and a document number is indexed as one compound word — and the text must decide.
 */
export function rankByPositions<T extends PositionedResult>(
  query: string,
  results: readonly T[],
  named: ReadonlySet<string> = new Set(),
): T[] | null {
  const needed = phraseWords(query);
  if (needed < 2) return [...results];
  const window = results.slice(0, POSITION_WINDOW);
  const isNamed = (result: T) => named.has(result.id);
  const holds = (result: T) => longestRun(result.words) >= needed;
  if (!window.some((result) => !isNamed(result) && holds(result))) return null;
  return [...reorderUnnamed(window, isNamed, (result) => Number(holds(result))), ...results.slice(POSITION_WINDOW)];
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
  named: ReadonlySet<string> = new Set(),
): Promise<{ shown: Awaited<ReturnType<R['data']>>[]; rest: R[] }> {
  type Data = Awaited<ReturnType<R['data']>>;
  const load = (some: readonly R[]) => Promise.all(some.map((result) => result.data() as Promise<Data>));
  const byPositions = query ? rankByPositions(query, results, named) : [...results];
  if (byPositions) {
    return { shown: await load(byPositions.slice(0, FIRST_RESULTS)), rest: byPositions.slice(FIRST_RESULTS) };
  }
  // The fragments fetched to read the text are all shown: they are paid for.
  const window = results.slice(0, TEXT_WINDOW);
  const read = await load(window);
  const ranked = rankByPhrase(
    query,
    read.map((data, index) => ({
      data,
      title: data.meta.title ?? '',
      content: data.content,
      named: named.has(window[index]!.id),
    })),
  );
  return { shown: ranked.map(({ data }) => data), rest: results.slice(TEXT_WINDOW) };
}
