// A new build of the site deployed under a reader whose service worker holds the old one:
// the update notice, a plan taken off the site, and /da-luu/ marking what the site dropped.
// The new build is a real build of the content with one day's description changed and one
// plan (with its form) removed; the test server's folder is swapped as a deploy does.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/t';
import { savedItemKey } from '../../src/lib/offline/caches';
import { commemorationPath, planPath, savedPagesPath, topicPath } from '../../src/lib/site/routes';
import { buildWithContent, root } from '../helpers/astro-build';
import { launchChromium } from '../helpers/browser';
import { dist, requireBuilt } from '../helpers/dist';
import { cacheKeys, cachedPage, contextWithWorker, controlled, inSomeCache } from '../helpers/offline';
import { serveStatic, type StaticSite } from '../helpers/static-server';

const NEW_SENTENCE = 'Câu này chỉ có trong bản dựng mới.';
/** Taken off the site by the new build, with its one form. */
const REMOVED_PLAN = 'quang-nam-59-kh-duk';

/**
 * The content with the plan, its forms and every mention of it removed; a topic that quoted
 * it loses its search aliases too (each must be found in a plan that carries it out).
 */
function removePlan(content: string, id: string): void {
  rmSync(path.join(content, 'plans', `${id}.mdx`));
  for (const file of readdirSync(path.join(content, 'forms'))) {
    if (readFileSync(path.join(content, 'forms', file), 'utf8').includes(`plan: "${id}"`))
      rmSync(path.join(content, 'forms', file));
  }
  const mention = new RegExp(`^  - plan: "${id}"\\n    quote: "[^\\n]*"\\n`, 'gmu');
  for (const folder of ['topics', 'commemorations']) {
    for (const file of readdirSync(path.join(content, folder))) {
      const full = path.join(content, folder, file);
      const text = readFileSync(full, 'utf8');
      if (!text.includes(`plan: "${id}"`)) continue;
      writeFileSync(full, text.replace(mention, '').replace(/^aliases:\n(?: {2}- "[^\n]*"\n)+/mu, 'aliases: []\n'));
    }
  }
}

let browser: Browser;
let folder: string;
let site: StaticSite;
let rebuilt: string;
beforeAll(async () => {
  browser = await launchChromium();
  folder = mkdtempSync(path.join(tmpdir(), 'so-tay-sw-site-'));
  cpSync(requireBuilt(dist), folder, { recursive: true });
  site = await serveStatic(folder);
  const content = mkdtempSync(path.join(tmpdir(), 'so-tay-sw-content-'));
  cpSync(path.join(root, 'content'), content, { recursive: true });
  const day = path.join(content, 'commemorations', 'quoc-khanh.mdx');
  const text = readFileSync(day, 'utf8');
  writeFileSync(day, text.replace(/^description: "/mu, `description: "${NEW_SENTENCE} `));
  expect(readFileSync(day, 'utf8')).not.toBe(text);
  removePlan(content, REMOVED_PLAN);
  const build = buildWithContent(content, {}, { keepOutput: true });
  rmSync(content, { recursive: true, force: true });
  expect(build.status, build.output).toBe(0);
  rebuilt = build.outDir;
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(folder, { recursive: true, force: true });
  if (rebuilt) rmSync(rebuilt, { recursive: true, force: true });
});

/** Publishes a build over whatever the server has, as a deploy does. */
function deploy(build: string): void {
  rmSync(folder, { recursive: true, force: true });
  cpSync(build, folder, { recursive: true });
}

const at = (sitePath: string) => `${site.url}${sitePath.slice(1)}`;

/** Waits for "Đã có bản cập nhật", presses "Tải lại" and waits for the page the new worker loads. */
async function update(page: Page): Promise<void> {
  const notice = page.locator('[data-sw-update]');
  await expect.poll(() => notice.innerText(), { timeout: 30_000 }).toContain(t('update.available'));
  // "Tải lại" activates the new worker, which then reloads the page: wait for that load, not
  // for the worker (it is active a moment before the page reloads).
  const reloaded = page.waitForEvent('load', { timeout: 30_000 });
  await notice.getByRole('button', { name: t('update.reload') }).click();
  await reloaded;
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

describe('a new build of the site', () => {
  test('the reader is told "Đã có bản cập nhật"; online, pages are the new build\'s, before and after "Tải lại"', async () => {
    deploy(requireBuilt(dist));
    const context = await contextWithWorker(browser);
    const page = await context.newPage();
    const day = at(commemorationPath('quoc-khanh'));
    await page.goto(site.url);
    await controlled(page);
    // Read a page, which the worker keeps, then go on reading elsewhere.
    await page.goto(day);
    await cachedPage(page, day);
    await page.goto(at(topicPath('neu-guong')));
    const notice = page.locator('[data-sw-update]');
    expect(await notice.innerText()).toBe('');

    deploy(rebuilt);
    await page.reload();
    await expect.poll(() => notice.innerText(), { timeout: 30_000 }).toContain(t('update.available'));
    // "Để sau" lets the reader finish; the next page asks again.
    await notice.getByRole('button', { name: t('update.later') }).click();
    expect(await notice.innerText()).toBe('');
    await page.goto(day);
    await expect.poll(() => notice.innerText(), { timeout: 30_000 }).toContain(t('update.available'));
    // Online, the old worker shows what the site answers now, not the copy it kept.
    expect(await page.locator('main').innerText()).toContain(NEW_SENTENCE);
    await update(page);
    expect(await notice.innerText()).toBe('');
    await page.goto(day);
    expect(await page.locator('main').innerText()).toContain(NEW_SENTENCE);
    await context.close();
  });

  test('a plan taken off the site: online its address shows the 404 page before "Tải lại", and the kept copy goes', async () => {
    deploy(requireBuilt(dist));
    const context = await contextWithWorker(browser);
    const page = await context.newPage();
    const plan = at(planPath(REMOVED_PLAN));
    await page.goto(site.url);
    await controlled(page);
    await page.goto(plan);
    await cachedPage(page, plan);

    deploy(rebuilt);
    const response = await page.goto(plan);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe(t('notFound.title'));
    await expect.poll(() => inSomeCache(page, plan)).toBe(false);
    await context.close();
  });

  test('/da-luu/ after the update marks the saved plan the site no longer has; removing it works', async () => {
    deploy(requireBuilt(dist));
    const context = await contextWithWorker(browser);
    const page = await context.newPage();
    await page.goto(at(planPath(REMOVED_PLAN)));
    await page.getByRole('button', { name: t('save.button') }).click();
    await page.locator('[data-save-done]').waitFor();
    // Another saved plan, still on the site, is not marked.
    await page.goto(at(planPath('tra-vinh-34-kh-duk')));
    await page.getByRole('button', { name: t('save.button') }).click();
    await page.locator('[data-save-done]').waitFor();

    deploy(rebuilt);
    await page.goto(at(savedPagesPath));
    await update(page);
    const removed = page.locator(`[data-saved-item="${planPath(REMOVED_PLAN)}"]`);
    await expect.poll(() => removed.getAttribute('data-saved-gone'), { timeout: 10_000 }).toBe('page');
    expect(await removed.innerText()).toContain('Trang này không còn trên trang web');
    const kept = page.locator(`[data-saved-item="${planPath('tra-vinh-34-kh-duk')}"]`);
    expect(await kept.getAttribute('data-saved-gone')).toBeNull();
    await page.screenshot({ path: '/tmp/shots/h23-sw/da-luu-gone-360.png', fullPage: true });

    await removed.getByRole('button', { name: /^Xoá/u }).click();
    await removed.waitFor({ state: 'detached' });
    const saved = await cacheKeys(page, site.url, 'saved');
    expect(saved).not.toContain(at(planPath(REMOVED_PLAN)));
    expect(saved).not.toContain(savedItemKey(site.url, planPath(REMOVED_PLAN)));
    expect(saved).toContain(savedItemKey(site.url, planPath('tra-vinh-34-kh-duk')));
    await context.close();
  });
});
