/**
 * How much the service worker keeps of what the reader only read (the `pages` and `files`
 * caches, src/lib/offline/caches.ts), counted in bytes, and which copies go when a cache is
 * over: the least recently used first. What the reader saved (the `saved` cache) is never
 * counted here and never evicted. Pure, so the policy is tested directly
 * (tests/unit/offline/budget.test.ts); src/service-worker/budget.ts applies it.
 */

const MB = 1024 * 1024;

/**
 * The budgets, in bytes as stored (HTML uncompressed). Pages: a plan's page is 36–95 KB, so
 * 20 MB keeps about 300 plans read, as many as the count the worker used to cap at. Files:
 * the .docx of forms (about 12 KB each), calendars and the search index's chunks that
 * searches fetched; at 5,000 plans the whole index is about 30 MB (BENCHMARKS.md), so 30 MB
 * keeps what a reader's searches touch without holding the index twice when it was saved.
 * Together at most 50 MB, which a phone's browser grants a site without asking.
 */
export const CACHE_BUDGETS = { pages: 20 * MB, files: 30 * MB } as const;

/** One copy in a budgeted cache: its key, its body's size, and when it was last written or read (ms). */
export interface CachedEntry {
  url: string;
  bytes: number;
  used: number;
}

export function totalBytes(entries: readonly CachedEntry[]): number {
  return entries.reduce((sum, entry) => sum + entry.bytes, 0);
}

/**
 * The copies to drop so the rest fits `budget`: the least recently used first (equal times
 * by URL, so the choice never depends on the order listed), and no more than needed. A copy
 * bigger than the whole budget goes too, when its turn comes.
 */
export function entriesToEvict(entries: readonly CachedEntry[], budget: number): string[] {
  let total = totalBytes(entries);
  const evicted: string[] = [];
  const oldestFirst = [...entries].sort((a, b) => a.used - b.used || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  for (const entry of oldestFirst) {
    if (total <= budget) break;
    evicted.push(entry.url);
    total -= entry.bytes;
  }
  return evicted;
}

/**
 * What the size index and the cache disagree on: keys in the cache that the index does not
 * know (a copy written by an older worker, before the index), to be measured, and rows for
 * copies that are gone from the cache (the browser cleared it), to be forgotten.
 */
export function indexDrift(
  indexed: readonly CachedEntry[],
  keys: readonly string[],
): { unknown: string[]; missing: string[] } {
  const known = new Set(indexed.map((entry) => entry.url));
  const present = new Set(keys);
  return {
    unknown: keys.filter((key) => !known.has(key)),
    missing: indexed.filter((entry) => !present.has(entry.url)).map((entry) => entry.url),
  };
}
