import { noteGone } from '../../lib/offline/gone';
import { SEARCH_INDEX_ITEM } from '../../lib/offline/saved';
import type { SavedItem, SavedStore } from './store';

/** Questions at once: a reader may have saved dozens of items, each of several files. */
const PARALLEL_CHECKS = 4;

/**
 * /da-luu/, online: asks the site whether every saved file is still there (a HEAD request past
 * the HTTP cache; the worker routes GET only, so it reaches the site) and writes the answers
 * into the records (gone.ts: noteGone), so a plan taken off the site since it was
 * saved is marked. A file that got no answer (offline, a network error, a server error) is
 * left as it was. The search index is not asked: every build renames its chunks. True when a
 * record changed.
 */
export async function checkSavedOnSite(store: SavedStore, items: readonly SavedItem[]): Promise<boolean> {
  const paths = [
    ...new Set(items.flatMap((item) => (item.page === SEARCH_INDEX_ITEM ? [] : (item.record?.urls ?? [])))),
  ];
  const checked: string[] = [];
  const gone = new Set<string>();
  let next = 0;
  const ask = async () => {
    while (next < paths.length) {
      const path = paths[next++]!;
      try {
        const { status, ok } = await fetch(store.url(path), { method: 'HEAD', cache: 'no-cache' });
        if (status === 404 || status === 410) gone.add(path);
        if (ok || gone.has(path)) checked.push(path);
      } catch {
        // No answer: nothing learnt about this file.
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_CHECKS, paths.length) }, ask));
  return checked.length > 0 && noteGone(store.cache, store.scope, checked, gone);
}
