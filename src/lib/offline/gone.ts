/**
 * What the site no longer has, in the records of saved items: which of an item's files the
 * site answered 404 or 410 for (pure, tested in tests/unit/offline/saved.test.ts), and the
 * write of what a look found into the `saved` cache, by the service worker
 * (src/service-worker/gone.ts) and /da-luu/ (src/client/offline/site-check.ts). Kept apart
 * from saved.ts so the save control on reading pages does not load it.
 */
import { SEARCH_INDEX_ITEM, parseRecord, recordPage, recordResponse, type SavedRecord } from './saved';

/**
 * The record after a look at the site: each of `checked` (site paths) is gone when it is
 * in `gone` (the site answered 404 or 410), and there again otherwise. Paths the record does
 * not list change nothing; the same object comes back when nothing changed, so the caller
 * writes only records that did.
 */
export function withGone(record: SavedRecord, checked: readonly string[], gone: ReadonlySet<string>): SavedRecord {
  const asked = new Set(checked);
  const before = record.gone ?? [];
  const after = record.urls.filter((url) => (asked.has(url) ? gone.has(url) : before.includes(url)));
  if (after.length === before.length && after.every((url) => before.includes(url))) return record;
  const { gone: _, ...rest } = record;
  return after.length > 0 ? { ...rest, gone: after } : rest;
}

/**
 * What /da-luu/ says of an item the site has dropped: its page is gone (the item's first
 * file), or only some of its other files (a form the plan no longer has), or nothing.
 */
export function goneState(record: SavedRecord): 'page' | 'files' | null {
  const gone = record.gone ?? [];
  if (gone.length === 0) return null;
  return gone.includes(record.urls[0]!) ? 'page' : 'files';
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
