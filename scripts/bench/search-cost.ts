// The first search a reader makes, in real Chromium with a cold cache: bytes fetched from
// opening search until the first results are on screen, and the time from the last
// keystroke to those results.
import type { Browser, Page } from 'playwright-core';

export interface SearchCost {
  query: string;
  /** Bytes of scripts, WebAssembly and index files fetched from opening search to results. */
  bytes: number;
  /** Milliseconds from the last keystroke to the first result on screen; null when none showed. */
  ms: number | null;
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

const COUNTED = new Set(['script', 'fetch', 'xhr', 'other']);

export async function measureSearch(browser: Browser, siteUrl: string, ui: SearchUi, query: string): Promise<SearchCost> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${siteUrl}${ui.startPath}`, { waitUntil: 'networkidle' });
  let counting = true;
  const transfers: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    if (!counting) return;
    const type = request.resourceType();
    if (!COUNTED.has(type) && !/\.(wasm|pf_\w+)$/u.test(new URL(request.url()).pathname)) return;
    transfers.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
  });
  await ui.open(page, siteUrl);
  await page.waitForLoadState('networkidle');
  // Timestamps are taken inside the page so Playwright's own round trips do not count.
  await page.evaluate(
    ({ input, resultsShown }) => {
      const shown = new Function('typed', `return (${resultsShown})(typed);`) as (typed: string) => boolean;
      const state = { lastKey: 0, shownAt: 0 };
      (window as unknown as { benchSearch: typeof state }).benchSearch = state;
      const field = document.querySelector<HTMLInputElement>(input)!;
      field.addEventListener('input', () => {
        state.lastKey = performance.now();
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
  let ms: number | null = null;
  try {
    await page.waitForFunction(() => (window as unknown as { benchSearch: { shownAt: number } }).benchSearch.shownAt > 0, null, {
      timeout: 15_000,
    });
    ms = await page.evaluate(() => {
      const state = (window as unknown as { benchSearch: { lastKey: number; shownAt: number } }).benchSearch;
      return state.shownAt - state.lastKey;
    });
  } catch {
    ms = null;
  }
  await page.waitForLoadState('networkidle');
  counting = false;
  const bytes = (await Promise.all(transfers)).reduce((total, size) => total + size, 0);
  await context.close();
  return { query, bytes, ms };
}
