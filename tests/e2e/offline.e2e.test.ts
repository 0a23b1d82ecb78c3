// Offline reading with the real service worker (src/service-worker/sw.ts) over the test
// server: localhost is a secure context, so Chromium registers it as on a real host. Offline
// is Playwright's network emulation with the HTTP cache disabled, and the server's own log
// proves that nothing reached it while the page was offline.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/t';
import {
  commemorationPath,
  offlinePagePath,
  planPath,
  serviceWorkerPath,
  topicPath,
  withBase,
} from '../../src/lib/site/routes';
import { root, buildWithContent } from '../helpers/astro-build';
import { launchChromium } from '../helpers/browser';
import { BASE_PATH, dist, distBase, requireBuilt } from '../helpers/dist';
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

/** A context where the site's service worker may run (tests/helpers/browser.ts blocks it elsewhere). */
async function contextWithWorker(): Promise<BrowserContext> {
  return browser.newContext({ serviceWorkers: 'allow', viewport: { width: 360, height: 740 } });
}

/** Waits until the page is controlled by the site's worker and its precache is installed. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

/** Goes offline the way a phone does, with the browser's HTTP cache out of the way. */
async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  const session = await context.newCDPSession(page);
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  await context.setOffline(true);
}

/** The page's address in the pages cache has arrived there (the worker caches it behind the page). */
async function cachedPage(page: Page, url: string): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async (wanted) => {
        for (const name of await caches.keys()) {
          if ((await caches.open(name).then((cache) => cache.match(wanted))) !== undefined) return true;
        }
        return false;
      }, url),
    )
    .toBe(true);
}

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
    const context = await contextWithWorker();
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
    const context = await contextWithWorker();
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
    expect(site.sent.slice(before), 'requests that reached the server while offline').toEqual([]);
    await context.close();
  });
});

describe('a new build of the site', () => {
  let folder: string;
  let site: StaticSite;
  let rebuilt: string;
  const NEW_SENTENCE = 'Câu này chỉ có trong bản dựng mới.';
  beforeAll(async () => {
    // The site as published, then the same content with one topic changed, built for real.
    folder = mkdtempSync(path.join(tmpdir(), 'so-tay-sw-site-'));
    cpSync(requireBuilt(dist), folder, { recursive: true });
    site = await serveStatic(folder);
    const content = mkdtempSync(path.join(tmpdir(), 'so-tay-sw-content-'));
    cpSync(path.join(root, 'content'), content, { recursive: true });
    const day = path.join(content, 'commemorations', 'quoc-khanh.mdx');
    const text = readFileSync(day, 'utf8');
    writeFileSync(day, text.replace(/^description: "/mu, `description: "${NEW_SENTENCE} `));
    expect(readFileSync(day, 'utf8')).not.toBe(text);
    const build = buildWithContent(content, {}, { keepOutput: true });
    rmSync(content, { recursive: true, force: true });
    expect(build.status, build.output).toBe(0);
    rebuilt = build.outDir;
  }, 240_000);
  afterAll(async () => {
    await site?.close();
    rmSync(folder, { recursive: true, force: true });
    if (rebuilt) rmSync(rebuilt, { recursive: true, force: true });
  });

  test('the reader is told "Đã có bản cập nhật"; after "Tải lại" no page shows the old build\'s copy', async () => {
    const context = await contextWithWorker();
    const page = await context.newPage();
    const day = `${site.url}${commemorationPath('quoc-khanh').slice(1)}`;
    await page.goto(site.url);
    await controlled(page);
    // Read a page, which the worker keeps, then go on reading elsewhere.
    await page.goto(day);
    await cachedPage(page, day);
    await page.goto(`${site.url}${topicPath('neu-guong').slice(1)}`);
    const notice = page.locator('[data-sw-update]');
    expect(await notice.innerText()).toBe('');

    // Publish the new build over the old one, as a deploy does.
    rmSync(folder, { recursive: true, force: true });
    cpSync(rebuilt, folder, { recursive: true });
    await page.reload();
    await expect.poll(() => notice.innerText(), { timeout: 30_000 }).toContain(t('update.available'));
    // "Để sau" lets the reader finish; the next page asks again, while the old build still answers.
    await notice.getByRole('button', { name: t('update.later') }).click();
    expect(await notice.innerText()).toBe('');
    await page.goto(day);
    await expect.poll(() => notice.innerText(), { timeout: 30_000 }).toContain(t('update.available'));
    expect(await page.locator('main').innerText()).not.toContain(NEW_SENTENCE);
    // "Tải lại" activates the new worker, which then reloads the page: wait for that load, not
    // for the worker (it is active a moment before the page reloads).
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    await notice.getByRole('button', { name: t('update.reload') }).click();
    await reloaded;
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    expect(await notice.innerText()).toBe('');
    // The page read before the deploy is shown as the new build has it, not as it was kept.
    await page.goto(day);
    expect(await page.locator('main').innerText()).toContain(NEW_SENTENCE);
    await context.close();
  });
});
