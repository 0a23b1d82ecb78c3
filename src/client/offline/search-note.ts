import { translator } from '../../i18n/format';
import type { SearchOfflineMessage } from '../../lib/offline/save-view';
import { SEARCH_INDEX_ITEM } from '../../lib/offline/saved';

/**
 * The search page's note when there is no connection: search then covers only the part of
 * the index on this device (all of it once saved on /da-luu/), and opens saved and read
 * pages. Shown while the browser is offline, or after a search failed to load the index.
 * Returns what the search page calls when a search fails.
 */
export function offlineSearchNote(): { failed: () => void } {
  const note = document.querySelector<HTMLElement>('[data-search-offline]');
  if (!note) return { failed: () => {} };
  const text = translator(
    JSON.parse(note.getAttribute('data-messages') ?? '{}') as Record<SearchOfflineMessage, string>,
  );
  const line = note.querySelector<HTMLElement>('[data-search-offline-text]')!;
  const link = note.querySelector<HTMLElement>('[data-search-offline-link]')!;

  const show = async () => {
    let indexSaved = false;
    if ('caches' in window) {
      try {
        const { openSavedStore, readItem } = await import('./store');
        indexSaved = Boolean((await readItem(await openSavedStore(), SEARCH_INDEX_ITEM))?.record);
      } catch {
        // Storage unreadable: say what holds without the saved index.
      }
    }
    line.textContent = indexSaved ? text('indexSaved') : text('offline');
    link.hidden = indexSaved;
    note.hidden = false;
  };
  const update = () => {
    if (navigator.onLine) note.hidden = true;
    else void show();
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
  return { failed: () => void show() };
}
