/**
 * The records of saved items as stored in the `saved` cache (caches.ts: savedItemKey), read
 * and written by the pages (src/client/offline/store.ts) and by the service worker, which
 * marks what the site answered 404 or 410 for. Cache Storage, no DOM.
 */
import { SEARCH_INDEX_ITEM, parseRecord, recordPage, serializeRecord, withGone, type SavedRecord } from './saved';

/** A record as the cache keeps it. */
export function recordResponse(record: SavedRecord): Response {
  return new Response(serializeRecord(record), { headers: { 'Content-Type': 'application/json' } });
}

/**
 * Writes into every saved item's record what a look at the site found (saved.ts: withGone):
 * `checked` site paths, of which `gone` were answered 404 or 410. The search index is left
 * out: its chunks are renamed by every build, and the copy saved still searches. True when
 * a record changed.
 */
export async function noteGone(
  cache: Cache,
  scope: string,
  checked: readonly string[],
  gone: ReadonlySet<string>,
): Promise<boolean> {
  let changed = false;
  for (const request of await cache.keys()) {
    const page = recordPage(request.url, scope);
    if (page === null || page === SEARCH_INDEX_ITEM) continue;
    const record = parseRecord((await (await cache.match(request))?.text()) ?? '');
    if (!record) continue;
    const updated = withGone(record, checked, gone);
    // Not put back when the reader removed the item meanwhile.
    if (updated === record || !(await cache.match(request))) continue;
    await cache.put(request, recordResponse(updated));
    changed = true;
  }
  return changed;
}
