import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations, useBuiltSite } from '../helpers/e2e';
import { watchForeignRequests } from '../helpers/browser';
import { BASE_PATH, distBase, requireBuilt } from '../helpers/dist';
import { serveStatic, type StaticSite } from '../helpers/static-server';

const env = useBuiltSite();
/** The sub-path build has 2 plans a page, so its lists have pagers. */
let paged: StaticSite;
beforeAll(async () => {
  paged = await serveStatic(requireBuilt(distBase), BASE_PATH);
});
afterAll(async () => {
  await paged?.close();
});

async function open(url: string, options: { width?: number; javaScript?: boolean } = {}): Promise<Page> {
  const context = await env.browser.newContext({
    viewport: { width: options.width ?? 360, height: 800 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  // The browser may already be closing (afterAll): a context that cannot close is no failure.
  page.on('close', () => context.close().catch(() => undefined));
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  return page;
}

const cardNumbers = (page: Page) => page.locator('.plan-list .plan-card__heading').allInnerTexts();

/** Presses Tab until the focused element's text matches, as a keyboard user would. */
async function tabTo(page: Page, text: RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text.test(focused)) return;
  }
  throw new Error(`no focusable element matching ${text} within ${limit} tabs`);
}

describe('plan lists in Chromium', () => {
  test('province and year pages are plain links that work without JavaScript, at 360 px', async () => {
    const page = await open(new URL('ke-hoach/', env.site.url).href, { javaScript: false });
    const foreign = watchForeignRequests(page, env.site.url);
    await expect(page.locator('.plan-list > li').count()).resolves.toBe(5);
    await page.getByRole('link', { name: 'Quảng Nam, nay thuộc thành phố Đà Nẵng (1)' }).click();
    await page.waitForURL(/\/ke-hoach\/tinh\/quang-nam\/$/u);
    await expect(page.locator('h1').innerText()).resolves.toBe('Kế hoạch — Quảng Nam');
    await expect(cardNumbers(page)).resolves.toEqual(['Kế hoạch số 59-KH/ĐUK']);
    await expect(
      page.getByRole('link', { name: 'Quảng Nam, nay thuộc thành phố Đà Nẵng (1)' }).getAttribute('aria-current'),
    ).resolves.toBe('page');

    await page.getByRole('link', { name: 'Không ghi ngày (2)' }).click();
    await page.waitForURL(/\/ke-hoach\/nam\/khong-ghi-ngay\/$/u);
    const undated = await page.locator('.plan-list').innerText();
    expect(undated.match(/Không ghi ngày/gu)).toHaveLength(2);
    expect(undated).not.toMatch(/\d{2}\/\d{2}\/\d{4}/u);

    await page.getByRole('link', { name: '2020 (2)' }).click();
    await page.waitForURL(/\/ke-hoach\/nam\/2020\/$/u);
    await expect(page.locator('.plan-list time').allInnerTexts()).resolves.toSatisfy(
      (dates: string[]) => dates.length === 2 && dates.every((date) => date.endsWith('/2020')),
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(foreign).toEqual([]);
    await page.close();
  });

  test('the search link carries the list’s filters to the search page', async () => {
    const page = await open(new URL('ke-hoach/tinh/tay-ninh/', env.site.url).href, { width: 1280 });
    await page.getByRole('link', { name: 'dùng trang Tìm kiếm' }).click();
    await page.waitForURL(/\/tim-kiem\/\?/u);
    await page.locator('.search-result').first().waitFor();
    await expect(page.locator('select[name="tinh"]').inputValue()).resolves.toBe('Tây Ninh');
    await expect(page.locator('select[name="loai"]').inputValue()).resolves.toBe('Kế hoạch');
    await expect(page.locator('.search-result__title').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Kế hoạch số 28-KH\/ĐUK/u),
    ]);
    await page.close();
  });

  test('pages are reached by keyboard: next, a page number, previous', async () => {
    const page = await open(new URL('ke-hoach/', paged.url).href);
    await expect(cardNumbers(page)).resolves.toHaveLength(2);
    const first = await cardNumbers(page);
    await tabTo(page, /^Trang sau/u);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/so-tay\/ke-hoach\/trang-2\/$/u);
    const second = await cardNumbers(page);
    expect(second).toHaveLength(2);
    expect(second.some((heading) => first.includes(heading))).toBe(false);
    await expect(page.locator('.pager [aria-current="page"]').getAttribute('aria-label')).resolves.toBe('Trang 2');
    await expect(page.title()).resolves.toMatch(/^Kế hoạch \(trang 2\/3\)/u);

    const pageThree = page.getByRole('link', { name: 'Trang 3', exact: true });
    await pageThree.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/trang-3\/$/u);
    await expect(cardNumbers(page)).resolves.toHaveLength(1);
    await expect(page.locator('.pager a[rel="next"]').count()).resolves.toBe(0);
    await tabTo(page, /^‹ Trang trước/u);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/trang-2\/$/u);
    await page.close();
  });

  test.each([
    ['ke-hoach/', 'env'],
    ['ke-hoach/tinh/tra-vinh/', 'env'],
    ['ke-hoach/nam/khong-ghi-ngay/', 'env'],
    ['ke-hoach/tinh/', 'env'],
    ['ke-hoach/trang-2/', 'paged'],
    ['ke-hoach/tinh/tra-vinh/trang-2/', 'paged'],
  ])('%s (%s build) has no serious accessibility violation at 360 px', async (path, build) => {
    const page = await open(new URL(path, build === 'paged' ? paged.url : env.site.url).href);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
