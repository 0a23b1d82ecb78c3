// Offline reading with the real service worker (src/service-worker/sw.ts) over the test
// server: localhost is a secure context, so Chromium registers it as on a real host. Offline
// is Playwright's network emulation with the HTTP cache disabled, and the server's own log
// proves that nothing reached it while the page was offline.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/t';
import { CACHE_BUDGETS } from '../../src/lib/offline/budget';
import { savedItemKey } from '../../src/lib/offline/caches';
import {
  offlinePagePath,
  planPath,
  savedPagesPath,
  serviceWorkerPath,
  topicPath,
  withBase,
} from '../../src/lib/site/routes';
import { launchChromium } from '../helpers/browser';
import { BASE_PATH, dist, distBase, requireBuilt } from '../helpers/dist';
import { cacheKeys, cachedPage, contextWithWorker, controlled, goOffline, inSomeCache } from '../helpers/offline';
import { serveStatic, type StaticSite } from '../helpers/static-server';
import type { Browser } from 'playwright-core';

const PLAN = 'tra-vinh-34-kh-duk';
const UNVISITED_TOPIC = 'xay-va-chong';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  { name: 'at the root', dir: dist, base: '/' },
  { name: `under ${BASE_PATH}`, dir: distBase, base: BASE_PATH },
])('offline reading $name', ({ dir, base }) => {
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveStatic(requireBuilt(dir), base);
  });
  afterAll(async () => {
    await site?.close();
  });
  const url = (sitePath: string) => new URL(withBase(base, sitePath), site.url).href;

  test('the worker registers at the site root, with the shell precached', async () => {
    const context = await contextWithWorker(browser);
    const page = await context.newPage();
    await page.goto(url('/'));
    await controlled(page);
    const registration = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return { scope: registration.scope, script: registration.active?.scriptURL };
    });
    expect(registration).toEqual({ scope: url('/'), script: url(serviceWorkerPath) });
    const precached = await page.evaluate(async () => {
      const name = (await caches.keys()).find((key) => key.includes('precache'));
      return name ? (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname) : [];
    });
    expect(precached).toContain(withBase(base, '/tim-kiem/index.html'));
    expect(precached).toContain(withBase(base, `${offlinePagePath}index.html`));
    expect(precached.some((file) => file.endsWith('/pagefind/pagefind.js'))).toBe(true);
    // The shell does not hold the plans: they are cached when read or saved.
    expect(precached.some((file) => file.includes(planPath(PLAN)))).toBe(false);
    await context.close();
  });

  test('the first page read and a plan opened after it read offline; an unread page shows the offline page', async () => {
    const context = await contextWithWorker(browser);
    const page = await context.newPage();
    // The first page is fetched before the worker exists; the worker is asked to cache it.
    await page.goto(url(planPath(PLAN)));
    await controlled(page);
    await cachedPage(page, url(planPath(PLAN)));
    await page.goto(url(topicPath('neu-guong')));
    await cachedPage(page, url(topicPath('neu-guong')));
    const title = await page.locator('h1').first().innerText();

    await goOffline(context, page);
    const before = site.sent.length;
    await page.goto(url(planPath(PLAN)));
    await expect.poll(() => page.locator('h1').first().innerText()).toContain('KẾ HOẠCH');
    expect(await page.locator('main').innerText()).toContain('34-KH/ĐUK');
    // A search result's link carries the searched words: the same copy answers.
    await page.goto(`${url(topicPath('neu-guong'))}?tu-khoa=nêu+gương`);
    await expect.poll(() => page.locator('h1').first().innerText()).toBe(title);

    await page.goto(url(topicPath(UNVISITED_TOPIC)));
    await expect.poll(() => page.locator('h1').innerText()).toBe(t('offlinePage.title'));
    // It lists the pages read on this device, which open from there.
    const visited = page.locator('[data-offline-visited]');
    await expect.poll(() => visited.isVisible()).toBe(true);
    const links = await visited
      .locator('a')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toContain(url(planPath(PLAN)));
    expect(links).toContain(url(topicPath('neu-guong')));
    await visited.locator(`a[href="${url(topicPath('neu-guong'))}"]`).click();
    await expect.poll(() => page.locator('h1').first().innerText()).toBe(title);
    await page.goBack();
    await expect.poll(() => page.locator('h1').innerText()).toBe(t('offlinePage.title'));
    // Its links lead to pages that are there offline.
    await page
      .getByRole('link', { name: t('nav.forms') })
      .last()
      .click();
    await expect.poll(() => page.url()).toBe(url('/bieu-mau/'));
    expect(await page.locator('h1').innerText()).not.toBe(t('offlinePage.title'));
    // The browser's own update check of the worker script (/sw.js) is not a page read and is
    // not always held back by Playwright's offline mode (seen once on a loaded machine); every
    // other request reaching the server while offline is a page not answered from the caches.
    const reached = site.sent.slice(before).filter((sent) => !sent.path.endsWith('/sw.js'));
    expect(reached, 'requests that reached the server while offline').toEqual([]);
    await context.close();
  });
});

describe('what the worker keeps of what was read', () => {
  let folder: string;
  let site: StaticSite;
  /** Pages of 0.4 of the pages' budget each: two fit in it, three do not. */
  const BIG = ['doc-lon-1', 'doc-lon-2', 'doc-lon-3'];
  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'so-tay-sw-budget-'));
    cpSync(requireBuilt(dist), folder, { recursive: true });
    const home = readFileSync(path.join(folder, 'index.html'), 'utf8');
    const filler = `<!-- ${'x'.repeat(Math.round(CACHE_BUDGETS.pages * 0.4))} -->`;
    for (const name of BIG) {
      mkdirSync(path.join(folder, name));
      writeFileSync(path.join(folder, name, 'index.html'), home.replace('</body>', `${filler}</body>`));
    }
    site = await serveStatic(folder);
  });
  afterAll(async () => {
    await site?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('over its byte budget the page read longest ago goes first; what was saved stays; /da-luu/ says the space used', async () => {
    const context = await contextWithWorker(browser);
    const page = await context.newPage();
    const at = (sitePath: string) => `${site.url}${sitePath.slice(1)}`;
    await page.goto(at(planPath(PLAN)));
    await controlled(page);
    await page.getByRole('button', { name: t('save.button') }).click();
    await page.locator('[data-save-done]').waitFor();
    const [first, second, third] = BIG.map((name) => at(`/${name}/`)) as [string, string, string];
    await page.goto(first);
    await cachedPage(page, first);
    await page.goto(second);
    await cachedPage(page, second);
    // Read again offline: the first page is now used more recently than the second.
    await goOffline(context, page);
    await page.goto(first);
    await context.setOffline(false);
    await page.goto(third);
    await cachedPage(page, third);
    await expect.poll(() => inSomeCache(page, second), { timeout: 10_000 }).toBe(false);
    expect(await inSomeCache(page, first)).toBe(true);
    expect(await cacheKeys(page, site.url, 'saved')).toContain(savedItemKey(site.url, planPath(PLAN)));

    await page.goto(at(savedPagesPath));
    const space = page.locator('[data-saved-space]');
    await expect.poll(() => space.innerText()).toContain('Trang đã xem');
    const kept = /Trang đã xem: (\d+(?:,\d)?)\u00a0MB \(giữ tối đa 20\u00a0MB\)/u.exec(await space.innerText());
    expect(kept, await space.innerText()).not.toBeNull();
    const megabytes = Number(kept![1]!.replace(',', '.'));
    expect(megabytes).toBeGreaterThanOrEqual(16);
    expect(megabytes).toBeLessThanOrEqual(20);
    expect(await space.innerText()).toMatch(/Trình duyệt cho biết trang web này đang dùng [\d,]+\u00a0(KB|MB)/u);
    await page.screenshot({ path: '/tmp/shots/h23-sw/da-luu-space-360.png', fullPage: true });
    await context.close();
  });
});
