import { PAGE_SCRIPT_DATA } from '../lib/site/page-script';
import { markPlanStatuses } from './plan-status';

/**
 * The one script every page loads (a file, so the Content-Security-Policy needs no
 * 'unsafe-inline'; one file, so a reading page makes one request for all of it): the "/"
 * shortcut to the search box, the header's menu, the print buttons, marking the searched words on a page
 * opened from a search result, and whether each plan shown is in force today.
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

interface PagefindHighlightModule {
  default: new (options: Record<string, unknown>) => unknown;
}

/** Only a page opened from a search result loads the highlighter (a few KB); others load nothing. */
function highlightSearchedWords(): void {
  const root = document.documentElement;
  const highlighter = root.getAttribute(PAGE_SCRIPT_DATA.highlighter);
  const param = root.getAttribute(PAGE_SCRIPT_DATA.highlightParam);
  if (!highlighter || !param || !new URLSearchParams(location.search).has(param)) return;
  void (import(/* @vite-ignore */ highlighter) as Promise<PagefindHighlightModule>).then(
    (module) =>
      new module.default({
        highlightParam: param,
        markContext: '[data-pagefind-body]',
        // Pagefind would add a <style> element, which the policy refuses; <mark> has the
        // same yellow in every browser's own stylesheet.
        addStyles: false,
        // Whole words only: "hai" must not light up inside "khai".
        markOptions: {
          className: 'pagefind-highlight',
          accuracy: { value: 'exactly', limiters: [...',.;:!?“”"()[]/-'] },
          exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
        },
      }),
  );
}

searchShortcut();
siteMenu();
printButtons();
highlightSearchedWords();
markPlanStatuses();
