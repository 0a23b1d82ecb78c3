/// <reference lib="webworker" />
/**
 * The byte budgets of the `pages` and `files` caches (src/lib/offline/budget.ts) as a Workbox
 * plugin: every copy written or read is noted with its size and time in the size index
 * (src/lib/offline/cache-index.ts), and after a write the least recently used copies go
 * until the cache fits. The `saved` cache has no such plugin: what the reader saved stays.
 */
import type { WorkboxPlugin } from 'workbox-core';
import { entriesToEvict, indexDrift } from '../lib/offline/budget';
import { forgetEntries, indexedEntries, noteUse } from '../lib/offline/cache-index';

/** One count at a time per cache: two at once would both drop what one had to. */
const queues = new Map<string, Promise<void>>();
/** Caches whose index was set against their keys since this worker started (indexDrift). */
const reconciled = new Set<string>();

export function byteBudget(budget: number): WorkboxPlugin {
  return {
    cacheDidUpdate: async ({ cacheName, request, newResponse }) => {
      await noteUse(cacheName, request.url, (await newResponse.blob()).size);
      await keepWithin(cacheName, budget);
    },
    // A read counts as a use: what the reader goes back to is kept longest.
    cachedResponseWillBeUsed: async ({ cacheName, request, cachedResponse }) => {
      if (cachedResponse) await noteUse(cacheName, request.url).catch(() => undefined);
      return cachedResponse ?? null;
    },
  };
}

/** Drops the least recently used copies of a cache until it fits its budget. */
export function keepWithin(cacheName: string, budget: number): Promise<void> {
  const next = (queues.get(cacheName) ?? Promise.resolve()).then(() => evict(cacheName, budget)).catch(() => undefined);
  queues.set(cacheName, next);
  return next;
}

async function evict(cacheName: string, budget: number): Promise<void> {
  const cache = await caches.open(cacheName);
  if (!reconciled.has(cacheName)) {
    // Copies an older worker wrote are measured once and count as the least recently used.
    const keys = (await cache.keys()).map((request) => request.url);
    const { unknown, missing } = indexDrift(await indexedEntries(cacheName), keys);
    for (const url of unknown) {
      const response = await cache.match(url);
      if (response) await noteUse(cacheName, url, (await response.blob()).size, 0);
    }
    await forgetEntries(cacheName, missing);
    reconciled.add(cacheName);
  }
  const doomed = entriesToEvict(await indexedEntries(cacheName), budget);
  await Promise.all(doomed.map((url) => cache.delete(url)));
  await forgetEntries(cacheName, doomed);
}
