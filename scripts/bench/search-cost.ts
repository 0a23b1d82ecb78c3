// The first search a reader makes, in real Chromium with a cold cache: bytes fetched from
// opening search until the first results are on screen, and the time from the last
// keystroke to those results.
import type { Browser, Page } from 'playwright-core';
import type { StaticSite } from '../../tests/helpers/static-server.ts';

export interface SearchCost {
  query: string;
  /** Bytes of scripts, WebAssembly and index files fetched from opening search to results. */
  bytes: number;
  /** Milliseconds from the last keystroke to the first result on screen; null when none showed. */
  ms: number | null;
  /** When each keystroke reached the page (Date.now()), to lay the files against. */
  keystrokes: number[];
  /** The files counted, in the order they were sent. */
  files: { path: string; bytes: number; at: number }[];
}

/** How one site opens its search, where a reader types, and what a shown result looks like. */
export interface SearchUi {
  /** Page to start from. */
  startPath: string;
  /** Opens search (navigates or clicks); bytes are counted from before this step. */
  open: (page: Page, siteUrl: string) => Promise<void>;
  input: string;
  /** True in the page when results for `typed` are shown. */
  resultsShown: (typed: string) => boolean;
}

export const OUR_SEARCH: SearchUi = {
  startPath: '',
  open: async (page, siteUrl) => {
    await page.goto(`${siteUrl}tim-kiem/`);
    await page.waitForFunction(() => document.querySelector('[data-search-page]')?.hasAttribute('data-search-ready'));
  },
  input: '#search-query',
  resultsShown: (typed) =>
    (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`“${typed}”`) &&
    document.querySelector('.search-result') !== null,
};

export const STARLIGHT_SEARCH: SearchUi = {
  startPath: 'ke-hoach/tra-vinh-34-kh-duk/',
  open: async (page) => {
    await page.locator('button[data-open-modal]').first().click();
    await page.locator('#starlight__search input').first().waitFor({ state: 'visible' });
  },
  input: '#starlight__search input',
  resultsShown: () => document.querySelector('.pagefind-ui__result') !== null,
};

/** What a search costs: code, WebAssembly, index and fragments; not the page, its styles, fonts or icons. */
const NOT_SEARCH = /(\/|\.html|\.css|\.woff2?|\.svg|\.png|\.ico)$/u;

export async function measureSearch(
  browser: Browser,
  served: StaticSite,
  ui: SearchUi,
  query: string,
): Promise<SearchCost> {
  const siteUrl = served.url;
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${siteUrl}${ui.startPath}`, { waitUntil: 'networkidle' });
  // Counted by the server: Chromium reports no size for a web worker's own script.
  const from = served.sent.length;
  await ui.open(page, siteUrl);
  await page.waitForLoadState('networkidle');
  // Timestamps are taken inside the page so Playwright's own round trips do not count.
  await page.evaluate(
    ({ input, resultsShown }) => {
      const shown = new Function('typed', `return (${resultsShown})(typed);`) as (typed: string) => boolean;
      const state = { lastKey: 0, shownAt: 0, keystrokes: [] as number[] };
      (window as unknown as { benchSearch: typeof state }).benchSearch = state;
      const field = document.querySelector<HTMLInputElement>(input)!;
      field.addEventListener('input', () => {
        state.lastKey = performance.now();
        state.keystrokes.push(Date.now());
        state.shownAt = 0;
      });
      const check = () => {
        if (state.lastKey > 0 && state.shownAt === 0 && shown(field.value)) state.shownAt = performance.now();
      };
      new MutationObserver(check).observe(document.body, { childList: true, subtree: true, characterData: true });
    },
    { input: ui.input, resultsShown: ui.resultsShown.toString() },
  );
  await page.locator(ui.input).first().pressSequentially(query, { delay: 120 });
  let ms: number | null;
  try {
    await page.waitForFunction(
      () => (window as unknown as { benchSearch: { shownAt: number } }).benchSearch.shownAt > 0,
      null,
      {
        timeout: 15_000,
      },
    );
    ms = await page.evaluate(() => {
      const state = (window as unknown as { benchSearch: { lastKey: number; shownAt: number } }).benchSearch;
      return state.shownAt - state.lastKey;
    });
  } catch {
    ms = null;
  }
  await page.waitForLoadState('networkidle');
  const keystrokes = await page.evaluate(
    () => (window as unknown as { benchSearch: { keystrokes: number[] } }).benchSearch.keystrokes,
  );
  const files = served.sent.slice(from).filter((file) => !NOT_SEARCH.test(file.path));
  await context.close();
  return { query, bytes: files.reduce((total, file) => total + file.bytes, 0), ms, keystrokes, files };
}
