import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/t';
import { offlineCaches, savedItemKey } from '../../src/lib/offline/caches';
import { formSavedUrls, planSavedUrls } from '../../src/lib/offline/saved';
import {
  formDocxPath,
  formFillPath,
  formPath,
  planPath,
  savedPagesPath,
  searchPagePath,
  topicPath,
} from '../../src/lib/site/routes';
import { BASE_PATH, distBase, requireBuilt } from '../helpers/dist';
import { serveStatic } from '../helpers/static-server';
import { readPlanSources } from '../helpers/plans';
import { seriousViolations, useBuiltSite } from '../helpers/e2e';
import { goOffline } from '../helpers/offline';

/**
 * "Lưu để đọc khi không có mạng" and /da-luu/ in Chromium at 360 px: saving shows a state that
 * survives a reload, /da-luu/ lists the item with its size and removes it, and a file that
 * fails or full storage leaves nothing half-saved in the cache.
 */
const env = useBuiltSite();

const PLAN = 'tay-ninh-28-kh-duk';
const PLAN_FORMS = ['tay-ninh-28-kh-duk-bao-cao-to-dang'];
const PLAN_WITH_FORMS = 'tra-vinh-43-kh-duk';
const FORM = 'tra-vinh-43-kh-duk-mau-02';
const TOPIC = 'chuyen-de-2020-dai-doan-ket';

let contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
  contexts = [];
});

async function newContext(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  // With the site's service worker (tests/helpers/browser.ts blocks it unless asked): the
  // control shows only once it is active.
  const context = await env.browser.newContext({
    viewport: { width: 360, height: 780 },
    serviceWorkers: 'allow',
    ...options,
  });
  contexts.push(context);
  return context;
}

async function open(context: BrowserContext, sitePath: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(new URL(sitePath.replace(/^\//u, ''), env.site.url).href);
  expect(response?.status()).toBe(200);
  return page;
}

/** Every key of the saved cache, as site paths (record keys keep their query). */
async function savedKeys(page: Page): Promise<string[]> {
  const name = offlineCaches(new URL('/', env.site.url).href).saved;
  return page.evaluate(async (cacheName) => {
    const cache = await caches.open(cacheName);
    return (await cache.keys()).map((request) => {
      const url = new URL(request.url);
      return url.pathname + url.search;
    });
  }, name);
}

/** Caches of saves under way (src/client/offline/store.ts): none once a save has ended. */
async function stagingCaches(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((name) => name.includes('-dang-luu-')));
}

const control = (page: Page) => page.locator('[data-save-offline]');
const recordOf = (sitePath: string) => {
  const url = new URL(savedItemKey(new URL('/', env.site.url).href, sitePath));
  return url.pathname + url.search;
};

describe('saving a plan', () => {
  test('saves the plan and its forms, shows it saved after a reload, lists it on /da-luu/, removes it', async () => {
    const context = await newContext();
    const page = await open(context, planPath(PLAN));
    await control(page).locator('[data-save-button]').waitFor();
    // The search index is small here: the button says it goes along, with its size.
    await expect
      .poll(() => page.locator('[data-save-note]').textContent())
      .toMatch(/bộ tìm kiếm \([\d.,]+\s(KB|MB)\)/u);
    await page.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }).click();
    const done = page.locator('[data-save-done]');
    await done.waitFor();
    expect(await done.textContent()).toMatch(/Đã lưu để đọc khi không có mạng · [\d.,]+\sKB/u);
    expect(await done.getByRole('link', { name: 'Xem các trang đã lưu' }).getAttribute('href')).toBe(savedPagesPath);

    const keys = await savedKeys(page);
    for (const url of planSavedUrls(PLAN, PLAN_FORMS)) expect(keys).toContain(url);
    expect(keys).toContain(recordOf(planPath(PLAN)));
    expect(keys.some((key) => key.startsWith('/pagefind/'))).toBe(true);

    // The state is read back from the cache on another visit.
    await page.reload();
    await done.waitFor();
    expect(await page.locator('[data-save-button]').isHidden()).toBe(true);

    await page.goto(new URL(savedPagesPath.slice(1), env.site.url).href);
    const item = page.locator(`[data-saved-item="${planPath(PLAN)}"]`);
    await item.waitFor();
    expect(await item.textContent()).toMatch(/6 tệp · [\d.,]+\sKB · lưu ngày \d\d\/\d\d\/\d{4}/u);
    expect(await item.getByRole('link').getAttribute('href')).toBe(planPath(PLAN));
    await item.getByRole('button', { name: /^Xoá Kế hoạch số 28-KH\/ĐUK/u }).click();
    await item.waitFor({ state: 'detached' });
    const left = await savedKeys(page);
    for (const url of planSavedUrls(PLAN, PLAN_FORMS)) expect(left).not.toContain(url);
    expect(left).not.toContain(recordOf(planPath(PLAN)));
  });

  test('"Bỏ lưu" on the page removes the item', async () => {
    const context = await newContext();
    const page = await open(context, planPath(PLAN));
    await page.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }).click();
    await page.locator('[data-save-done]').waitFor();
    await page.getByRole('button', { name: 'Bỏ lưu' }).click();
    await page.locator('[data-save-button]').waitFor();
    expect(await savedKeys(page)).not.toContain(recordOf(planPath(PLAN)));
    expect(await savedKeys(page)).not.toContain(planPath(PLAN));
  });

  test('a .docx that fails to load leaves nothing saved, and the reader is told', async () => {
    const context = await newContext();
    await context.route(`**${formDocxPath(FORM)}`, (route) => route.abort());
    const page = await open(context, planPath(PLAN_WITH_FORMS));
    await page.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }).click();
    const error = page.locator('[data-save-error]').filter({ hasText: 'Chưa lưu được' });
    await error.waitFor();
    expect(await error.textContent()).toContain(formDocxPath(FORM));
    expect(await error.textContent()).toContain('Không có gì được lưu dở');
    expect(await savedKeys(page)).toEqual([]);
    expect(await stagingCaches(page)).toEqual([]);
    expect(await page.locator('[data-save-done]').isHidden()).toBe(true);
  });

  test('full storage (QuotaExceededError) leaves nothing saved, and the reader is told', async () => {
    const context = await newContext();
    // The fifth write finds the storage full.
    await context.addInitScript(() => {
      const put = Cache.prototype.put;
      let writes = 0;
      Cache.prototype.put = function (this: Cache, ...args: Parameters<Cache['put']>) {
        writes += 1;
        if (writes === 5) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
        return put.apply(this, args);
      };
    });
    const page = await open(context, planPath(PLAN_WITH_FORMS));
    await page.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }).click();
    const error = page.locator('[data-save-error]').filter({ hasText: 'bộ nhớ của trình duyệt đã đầy' });
    await error.waitFor();
    expect(await savedKeys(page)).toEqual([]);
    expect(await stagingCaches(page)).toEqual([]);
  });
});

describe('the control on a phone', () => {
  // The plan's first screen at 360 px keeps the document header, the title and the start of
  // the first paragraph with the control shown, before and after saving (the header counted
  // at plan-page.e2e.test.ts's budget, as that test does).
  const HEADER_BUDGET = 160;
  test.each(readPlanSources().map((plan) => plan.id))('%s: the paper still starts on the first screen', async (id) => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'allow' });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(new URL(planPath(id).slice(1), env.site.url).href);
    const button = page.getByRole('button', { name: 'Lưu để đọc khi không có mạng' });
    await button.waitFor();
    await page.locator('[data-save-note]').waitFor();
    const firstParagraph = async () => {
      const header = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect());
      const top = await page
        .locator('.doc-body > p')
        .first()
        .evaluate((el) => el.getBoundingClientRect().top);
      return top - header.bottom + Math.min(header.height, HEADER_BUDGET);
    };
    expect(await firstParagraph()).toBeLessThan(800);
    await button.click();
    await page.locator('[data-save-done]').waitFor();
    expect(await firstParagraph()).toBeLessThan(800);
  });
});

describe('the other pages with the button', () => {
  test.each([
    ['a topic', topicPath(TOPIC), topicPath(TOPIC)],
    ['a form guide', formSavedUrls(FORM)[0]!, formSavedUrls(FORM)[0]!],
    ['a fill-in page', formSavedUrls(FORM)[1]!, formSavedUrls(FORM)[0]!],
  ])('%s saves and shows its state', async (_, sitePath, item) => {
    const context = await newContext();
    const page = await open(context, sitePath);
    await page.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }).click();
    await page.locator('[data-save-done]').waitFor();
    const keys = await savedKeys(page);
    expect(keys).toContain(recordOf(item));
    expect(keys).toContain(sitePath);
  });

  test('without JavaScript the control is not shown', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await open(context, planPath(PLAN));
    expect(await control(page).isHidden()).toBe(true);
  });

  test('the control does not print', async () => {
    const context = await newContext();
    const page = await open(context, planPath(PLAN));
    await page.locator('[data-save-button]').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await control(page).isHidden()).toBe(true);
  });
});

describe('/da-luu/', () => {
  test('says so when nothing is saved, and offers the search index with its size', async () => {
    const context = await newContext();
    const page = await open(context, savedPagesPath);
    await page.locator('[data-saved-empty]').waitFor();
    const offer = page.getByRole('button', {
      name: /^Tải bộ tìm kiếm để tìm khi không có mạng \([\d.,]+\s(KB|MB)\)$/u,
    });
    await offer.waitFor();
    await offer.click();
    const item = page.locator('[data-saved-item="bo-tim-kiem"]');
    await item.waitFor();
    expect(await item.textContent()).toMatch(/Bộ tìm kiếm.*tệp · [\d.,]+\s(KB|MB)/u);
    expect((await savedKeys(page)).some((key) => key.startsWith('/pagefind/'))).toBe(true);
    await item.getByRole('button').click();
    await item.waitFor({ state: 'detached' });
    expect(await savedKeys(page)).toEqual([]);
  });

  test('a damaged record is listed as damaged and can be removed; the other items stay', async () => {
    const context = await newContext();
    const page = await open(context, planPath(PLAN));
    await page.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }).click();
    await page.locator('[data-save-done]').waitFor();
    const scope = new URL('/', env.site.url).href;
    await page.evaluate(
      async ([cacheName, key, file]) => {
        const cache = await caches.open(cacheName!);
        await cache.put(key!, new Response('{"title": "hỏng'));
        await cache.put(file!, new Response('orphan'));
      },
      [offlineCaches(scope).saved, savedItemKey(scope, '/hong/'), new URL('/mo-coi.txt', scope).href],
    );
    await page.goto(new URL(savedPagesPath.slice(1), env.site.url).href);
    const damaged = page.locator('[data-saved-item="/hong/"]');
    await damaged.waitFor();
    expect(await damaged.textContent()).toContain('Mục hỏng');
    expect(await page.locator(`[data-saved-item="${planPath(PLAN)}"]`).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await damaged.getByRole('button', { name: /^Xoá/u }).click();
    await damaged.waitFor({ state: 'detached' });
    const keys = await savedKeys(page);
    expect(keys).not.toContain('/mo-coi.txt');
    expect(keys).toContain(planPath(PLAN));

    await page.getByRole('button', { name: 'Xoá tất cả' }).click({ trial: true });
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Xoá tất cả' }).click();
    await page.locator('[data-saved-empty]').waitFor();
    expect(await savedKeys(page)).toEqual([]);
  });

  test('lists the pages kept because they were read', async () => {
    const context = await newContext();
    const page = await open(context, savedPagesPath);
    const scope = new URL('/', env.site.url).href;
    await page.evaluate(
      async ([cacheName, url]) => {
        const cache = await caches.open(cacheName!);
        await cache.put(url!, await fetch(url!));
      },
      [offlineCaches(scope).pages, new URL(planPath(PLAN).slice(1), scope).href],
    );
    await page.reload();
    const visited = page.locator('[data-saved-visited] a');
    await visited.first().waitFor();
    expect(await visited.first().textContent()).toContain('28-KH/ĐUK');
  });

  test('without JavaScript it says JavaScript is needed', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await open(context, savedPagesPath);
    expect(await page.locator('body').textContent()).toContain('Cần bật JavaScript để lưu trang');
  });

  test('a plan page with the button passes axe', async () => {
    const context = await newContext();
    const page = await open(context, planPath(PLAN));
    await page.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }).click();
    await page.locator('[data-save-done]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('the search page offline', () => {
  test('says search covers what is on the device and links to /da-luu/ for the index', async () => {
    const context = await newContext();
    const page = await open(context, searchPagePath);
    const note = page.locator('[data-search-offline]');
    expect(await note.isHidden()).toBe(true);
    await context.setOffline(true);
    await note.waitFor();
    expect(await note.textContent()).toContain('Bạn đang không có mạng');
    expect(await note.getByRole('link').getAttribute('href')).toBe(savedPagesPath);
    await context.setOffline(false);
    await note.waitFor({ state: 'hidden' });
  });
});

describe('under a sub-path (BASE)', () => {
  test('saves a plan at /so-tay/…, lists and removes it there', async () => {
    const sub = await serveStatic(requireBuilt(distBase), BASE_PATH);
    try {
      const context = await env.browser.newContext({ viewport: { width: 360, height: 780 }, serviceWorkers: 'allow' });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(new URL(planPath(PLAN).slice(1), sub.url).href);
      await page.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }).click();
      await page.locator('[data-save-done]').waitFor();
      const scope = sub.url;
      const keys = await page.evaluate(async (cacheName) => {
        const cache = await caches.open(cacheName);
        return (await cache.keys()).map((request) => request.url);
      }, offlineCaches(scope).saved);
      expect(keys).toContain(new URL(planPath(PLAN).slice(1), scope).href);
      expect(keys).toContain(new URL(formDocxPath(PLAN_FORMS[0]!).slice(1), scope).href);
      expect(keys).toContain(savedItemKey(scope, planPath(PLAN)));
      await page.getByRole('link', { name: 'Xem các trang đã lưu' }).click();
      const item = page.locator(`[data-saved-item="${planPath(PLAN)}"]`);
      await item.waitFor();
      expect(await item.getByRole('link').getAttribute('href')).toBe(`${BASE_PATH.slice(0, -1)}${planPath(PLAN)}`);
    } finally {
      await sub.close();
    }
  });
});

describe('offline, an address among the records of saved items', () => {
  test('answers with no record: a page gets the offline page, a file nothing', async () => {
    const context = await newContext();
    const page = await open(context, '/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.goto(new URL(planPath(PLAN).slice(1), env.site.url).href);
    await page.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }).click();
    await page.locator('[data-save-done]').waitFor();

    await goOffline(context, page);
    await page.goto(new URL('da-luu/muc?x=1', env.site.url).href);
    expect(await page.locator('h1').innerText()).toBe(t('offlinePage.title'));
    expect(await page.content()).not.toContain('savedAt');
    const answer = await page.evaluate(async (url) => {
      try {
        return await (await fetch(url)).text();
      } catch {
        return null;
      }
    }, new URL('da-luu/muc?trang=%2Fkhac%2F', env.site.url).href);
    expect(answer).toBeNull();
    await context.setOffline(false);
  });
});

describe('a saved plan offline (with the real service worker)', () => {
  test('reads, opens its form, downloads its .docx, fills in and searches without a connection', async () => {
    const context = await newContext();
    const page = await open(context, '/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.goto(new URL(planPath(PLAN_WITH_FORMS).slice(1), env.site.url).href);
    await page.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }).click();
    await page.locator('[data-save-done]').waitFor();

    // Opened online again, the saved files are fetched again behind the page.
    const refreshed = page.waitForRequest((request) => request.url().endsWith(formDocxPath(FORM)));
    await page.reload();
    await refreshed;
    await page.locator('[data-save-done]').waitFor();

    await goOffline(context, page);
    await page.reload();
    await expect
      .poll(() => page.locator('.doc-heading').textContent())
      .toContain('nhân rộng mô hình, điển hình tiên tiến');

    await page.goto(new URL(formPath(FORM).slice(1), env.site.url).href);
    expect(await page.locator('h1').textContent()).toMatch(/Mẫu/u);

    const docx = await page.evaluate(
      async (url) => {
        const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
        return { size: bytes.length, signature: String.fromCharCode(bytes[0]!, bytes[1]!) };
      },
      new URL(formDocxPath(FORM).slice(1), env.site.url).href,
    );
    expect(docx.signature).toBe('PK');
    expect(docx.size).toBeGreaterThan(2000);

    await page.goto(new URL(formFillPath(FORM).slice(1), env.site.url).href);
    const field = page.locator('.form-input').first();
    await field.fill('Chi bộ Khối thử nghiệm');
    await page.reload();
    await expect.poll(() => page.locator('.form-input').first().inputValue()).toBe('Chi bộ Khối thử nghiệm');

    await page.goto(new URL(`${searchPagePath.slice(1)}?q=${encodeURIComponent('43-KH/ĐUK')}`, env.site.url).href);
    const first = page.locator('.search-result a').first();
    await first.waitFor();
    expect(new URL((await first.getAttribute('href'))!, env.site.url).pathname).toBe(planPath(PLAN_WITH_FORMS));
    // The note says search offline covers the index saved with the plan. (A page loaded
    // under Playwright's offline emulation still reads navigator.onLine as true: the
    // connection drops again while the page is open.)
    await context.setOffline(false);
    await context.setOffline(true);
    await page.locator('[data-search-offline]').waitFor();
    expect(await page.locator('[data-search-offline]').textContent()).toContain('Bộ tìm kiếm đã được tải về');
    await context.setOffline(false);
  });
});

describe('searching offline without the saved index', () => {
  test('a search whose index chunks are not on the device says so and links to /da-luu/', async () => {
    const context = await newContext();
    const page = await open(context, '/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await goOffline(context, page);
    await page.goto(
      new URL(`${searchPagePath.slice(1)}?q=${encodeURIComponent('điển hình tiên tiến')}`, env.site.url).href,
    );
    const note = page.locator('[data-search-offline]');
    await note.waitFor();
    expect(await note.textContent()).toContain('Bạn đang không có mạng');
    expect(await note.getByRole('link').getAttribute('href')).toBe(savedPagesPath);
    await context.setOffline(false);
  });
});
