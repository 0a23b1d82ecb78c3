import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../helpers/e2e';
import { SEARCH_CASES } from '../helpers/search-queries';

const env = useBuiltSite();

/**
 * The whole query table (tests/helpers/search-queries.ts) typed into the real search page in
 * Chromium at 360 px, one page reused for every query: what a cadre's phone shows first,
 * through the page's own query rewriting, Pagefind in its web worker and the re-ranking.
 * tests/build/search-queries.test.ts runs the same table through the index in Node.
 */
describe('the query table on the real search page (360 px)', () => {
  test(`every one of the ${SEARCH_CASES.length} queries shows its page first`, async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(new URL('tim-kiem/', env.site.url).href);
    await page.locator('[data-search-ready]').waitFor({ state: 'attached' });
    const wrong: string[] = [];
    for (const { query, page: expected, within = 1 } of SEARCH_CASES) {
      await page.locator('#search-query').fill(query);
      await page.locator('#search-query').press('Enter');
      // The status names the words searched; the list is emptied in the same step, so the
      // items that follow are this query's.
      const label = query.trim();
      await page.waitForFunction(
        (words) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${words}”`) === true,
        label,
      );
      await page.locator('.search-result').first().waitFor();
      const urls = await page
        .locator('.search-result__title a')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      if (!urls.slice(0, within).includes(expected)) wrong.push(`"${query}": ${urls.slice(0, 3).join(', ')}`);
    }
    expect(wrong).toEqual([]);
    await page.close();
  }, 300_000);
});
