import { translator } from '../../i18n/format';
import type { SearchOfflineMessage } from '../../lib/offline/save-view';
import { SEARCH_INDEX_ITEM } from '../../lib/offline/saved';
import { PAGE_SCRIPT_DATA } from '../../lib/site/page-script';
import { searchFilesPath, withBase } from '../../lib/site/routes';

/**
 * The search page's note when there is no connection: search then covers only the part of
 * the index on this device (all of it once saved on /da-luu/), and opens saved and read
 * pages. Shown while the browser says it is offline, and when the server cannot be reached
 * (a phone on a dead connection may still say it is online): checked after a search that
 * found nothing, since Pagefind reports an index chunk it could not load only in the
 * console, as no result. Returns what the search page calls then.
 */
export function offlineSearchNote(): { failed: () => void; empty: () => void } {
  const note = document.querySelector<HTMLElement>('[data-search-offline]');
  if (!note) return { failed: () => {}, empty: () => {} };
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
  // A HEAD request: the service worker answers GETs from its caches, so only this one proves
  // the server is reachable.
  const base = document.documentElement.getAttribute(PAGE_SCRIPT_DATA.base) ?? '/';
  const check = async () => {
    try {
      await fetch(withBase(base, searchFilesPath), { method: 'HEAD', cache: 'no-store' });
      note.hidden = true;
    } catch {
      await show();
    }
  };
  const update = () => {
    if (navigator.onLine) note.hidden = true;
    else void show();
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
  return { failed: () => void show(), empty: () => void check() };
}
