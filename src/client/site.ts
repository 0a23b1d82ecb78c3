import { PAGE_SCRIPT_DATA } from '../lib/site/page-script';
import { markPlanStatuses } from './plan-status';
import { SAVE_DATA } from '../lib/offline/save-view';

/**
 * The one script every page loads (a file, so the Content-Security-Policy needs no
 * 'unsafe-inline'; one file, so a reading page makes one request for all of it): the "/"
 * shortcut to the search box, the header's menu, the print buttons, marking the searched words on a page
 * opened from a search result, whether each plan shown is in force today, and (loaded only
 * where it is) the "Lưu để đọc khi không có mạng" control.
 */

/** "/" focuses the search box from anywhere, unless the reader is already typing. */
function searchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    const box = document.querySelector<HTMLInputElement>('[data-search-shortcut]');
    if (!box) return;
    event.preventDefault();
    box.focus();
  });
}

/** Shown only when JavaScript can run; without it the browser's own Print still works. */
function printButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

/**
 * The header's menu on a phone is a <details>, which opens and closes without script. With
 * it, the menu also closes as a menu should: on Escape (focus back on its control), and on a
 * tap or focus outside it.
 */
function siteMenu(): void {
  const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
  if (!menu) return;
  const close = () => {
    menu.open = false;
  };
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    close();
    menu.querySelector('summary')?.focus();
  });
  document.addEventListener('click', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) close();
  });
  document.addEventListener('focusin', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) close();
  });
}

/**
 * A page opened from a search result marks what was searched (the HIGHLIGHT_PARAM of its
 * address). The marking code loads only then; other pages load nothing more.
 */
function highlightSearchedWords(): void {
  const param = document.documentElement.getAttribute(PAGE_SCRIPT_DATA.highlightParam);
  // Older links carried one word a parameter; they are read as one query.
  const query = param ? new URLSearchParams(location.search).getAll(param).join(' ').trim() : '';
  const roots = document.querySelectorAll('[data-pagefind-body]');
  if (!query || roots.length === 0) return;
  void import('./highlight').then(({ markQuery }) => {
    for (const root of roots) markQuery(root, query);
  });
}

/**
 * Offline reading: the service worker is registered after the page has loaded, by a module
 * loaded only then (workbox-window), so a first visit is no slower and no heavier to show.
 * Built pages name the worker; `astro dev` serves none.
 */
function offlineReading(): void {
  const root = document.documentElement;
  const worker = root.getAttribute(PAGE_SCRIPT_DATA.serviceWorker);
  const base = root.getAttribute(PAGE_SCRIPT_DATA.base);
  if (!worker || !base || !('serviceWorker' in navigator)) return;
  const start = () =>
    void import('./offline/register').then(({ registerServiceWorker }) => registerServiceWorker(worker, base));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/**
 * "Lưu để đọc khi không có mạng" on plan, topic and form pages: its code loads only there,
 * and only once the site's service worker is active, since it is what serves saved pages
 * offline (a browser that cannot run it, or a host that does not serve it, never shows it).
 */
function offlineSaving(): void {
  const root = document.querySelector<HTMLElement>(`[${SAVE_DATA.root}]`);
  if (!root || !('caches' in window) || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready
    .then(() => import('./offline/save-button'))
    .then(({ startSaveButton }) => startSaveButton(root));
}

searchShortcut();
siteMenu();
printButtons();
highlightSearchedWords();
markPlanStatuses();
offlineReading();
offlineSaving();
