import { RANKING } from '../../lib/search/rank';

/** The parts of Pagefind's browser API the search page uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  words: number[];
  /** The metadata fields the query matched in (Pagefind 1.5+). */
  matchedMetaFields?: string[];
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
}
/** Values of each filter, with how many pages have them. */
export type FilterCounts = Record<string, Record<string, number>>;
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (query: string) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (query: string | null, options: { filters: Record<string, string> }) => Promise<PagefindSearch>;
}

/** Loads Pagefind's bundle (built next to the site) and sets it up; rejects when it cannot load. */
export async function loadPagefind(bundle: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  // Exact tones rank above folded matches when the reader typed them. Result links get the
  // words searched from the page (results.ts), as typed, not Pagefind's word-by-word list.
  // Pagefind searches
  // in its web worker (12 KB more): at 5,000 plans one search takes up to a second of
  // work, which on the main thread would freeze the field while the reader types.
  await pagefind.options({ ranking: RANKING });
  return pagefind;
}
