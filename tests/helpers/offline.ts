import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { offlineCaches } from '../../src/lib/offline/caches';

/**
 * The service worker's tests in Chromium (tests/e2e/offline*.e2e.test.ts): a context where
 * the worker may run, waiting for it, going offline as a phone does, and reading its caches.
 */

/** A context where the site's service worker may run (tests/helpers/browser.ts blocks it elsewhere). */
export function contextWithWorker(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ serviceWorkers: 'allow', viewport: { width: 360, height: 740 } });
}

/** Waits until the page is controlled by the site's worker and its precache is installed. */
export async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

/** Goes offline the way a phone does, with the browser's HTTP cache out of the way. */
export async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  const session = await context.newCDPSession(page);
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  await context.setOffline(true);
}

/** Whether any cache of the page's origin holds the URL. */
export function inSomeCache(page: Page, url: string): Promise<boolean> {
  return page.evaluate(async (wanted) => {
    for (const name of await caches.keys()) {
      if ((await caches.open(name).then((cache) => cache.match(wanted))) !== undefined) return true;
    }
    return false;
  }, url);
}

/** The page's address in the pages cache has arrived there (the worker caches it behind the page). */
export async function cachedPage(page: Page, url: string): Promise<void> {
  await expect.poll(() => inSomeCache(page, url)).toBe(true);
}

/** The URLs one of the worker's caches holds (`scope`: the site's address with its base). */
export function cacheKeys(page: Page, scope: string, cache: 'pages' | 'files' | 'saved'): Promise<string[]> {
  return page.evaluate(
    async (name) => (await (await caches.open(name)).keys()).map((request) => request.url),
    offlineCaches(scope)[cache],
  );
}
