import { CACHE_BUDGETS, totalBytes } from '../../lib/offline/budget';
import { indexedEntries } from '../../lib/offline/cache-index';
import { offlineCaches } from '../../lib/offline/caches';
import { formatBytes } from '../../lib/text/bytes';
import { measure, type SavedItem, type SavedStore } from './store';

type SpaceMessage = 'spaceSaved' | 'spacePages' | 'spaceFiles' | 'spaceTotal';

/**
 * The space used, on /da-luu/: what the reader saved (every saved file once, however many
 * items share it), what the worker keeps of what was read against its budgets (the size
 * index the budgets count, src/lib/offline/cache-index.ts), and the browser's own figure for
 * the whole site with what it allows (navigator.storage.estimate(), where there is one).
 */
export async function spaceLines(
  store: SavedStore,
  items: readonly SavedItem[],
  text: (name: SpaceMessage, values: Record<string, string>) => string,
): Promise<string[]> {
  const saved = await measure(store, [...new Set(items.flatMap((item) => item.record?.urls ?? []))]);
  const names = offlineCaches(store.scope);
  const kept = async (name: string) => totalBytes(await indexedEntries(name).catch(() => []));
  const lines = [
    text('spaceSaved', { size: formatBytes(saved.bytes) }),
    text('spacePages', { size: formatBytes(await kept(names.pages)), limit: formatBytes(CACHE_BUDGETS.pages) }),
    text('spaceFiles', { size: formatBytes(await kept(names.files)), limit: formatBytes(CACHE_BUDGETS.files) }),
  ];
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  if (estimate?.usage !== undefined && estimate.quota !== undefined) {
    lines.push(text('spaceTotal', { used: formatBytes(estimate.usage), quota: formatBytes(estimate.quota) }));
  }
  return lines;
}
