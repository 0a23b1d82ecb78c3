// The site under its Content-Security-Policy, sent as a header by the test server (as the
// example server configurations send it) and declared by every page's meta. Every browser
// test fails on a violation (tests/helpers/csp-guard.ts); this file checks that the guard
// sees one, and walks through the features an inline script or style used to carry.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../src/lib/site/csp';
import { takeCspViolations } from '../helpers/csp-violations';
import { useBuiltSite } from '../helpers/e2e';
import { serveStatic, type StaticSite } from '../helpers/static-server';

const env = useBuiltSite();

/** Violations recorded from now on, gathered while polling (taking them empties the record). */
function gather(): () => string {
  const seen: string[] = [];
  return () => {
    seen.push(...takeCspViolations());
    return seen.join('\n');
  };
}

describe('the violation guard', () => {
  let folder: string;
  let broken: StaticSite;
  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'so-tay-csp-'));
    writeFileSync(
      path.join(folder, 'index.html'),
      '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>x</title>' +
        '<noscript><style>p { color: red; }</style></noscript><style>p { margin: 0; }</style></head>' +
        '<body><p style="color: blue">x</p><script>document.title = "ran";</script></body></html>',
    );
    writeFileSync(path.join(folder, '404.html'), '');
    broken = await serveStatic(folder);
  });
  afterAll(async () => {
    await broken.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('the test server sends the policy of the example configurations', async () => {
    const response = await fetch(env.site.url);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('records inline scripts, style blocks and style attributes the policy refuses', async () => {
    const page = await env.browser.newPage();
    const seen = gather();
    await page.goto(broken.url);
    await expect.poll(seen).toMatch(/script-src-elem/u);
    await expect.poll(seen).toMatch(/style-src-elem/u);
    await expect.poll(seen).toMatch(/style-src-attr/u);
    await expect(page.title()).resolves.toBe('x');
    await page.close();
    takeCspViolations();
  });

  test('records them with JavaScript off too (a <noscript> style)', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const seen = gather();
    await page.goto(broken.url);
    await expect.poll(seen).toMatch(/Content Security Policy/u);
    await context.close();
    takeCspViolations();
  });
});

describe('the site under its policy', () => {
  const pages = [
    '',
    'ke-hoach/',
    'ke-hoach/tra-vinh-34-kh-duk/',
    'moc-thoi-gian/',
    'ngay-ky-niem/',
    'ngay-ky-niem/sinh-nhat-bac/',
    'chuyen-de/',
    'chuyen-de/neu-guong/',
    'van-ban/',
    'van-ban/05-ct-tw/',
    'bieu-mau/',
    'bieu-mau/tra-vinh-43-kh-duk-mau-01/',
    'bieu-mau/tra-vinh-43-kh-duk-mau-01/dien/',
    'tim-kiem/?q=doan%20ket',
    'khong-co-trang-nay/',
  ];

  test('every kind of page loads its styles and scripts without a violation', async () => {
    const page = await env.browser.newPage();
    for (const relative of pages) {
      await page.goto(new URL(relative, env.site.url).href);
      await page.waitForLoadState('networkidle');
      // The one stylesheet applied: the header has its accent background, not transparent.
      const background = await page
        .locator('.site-header')
        .evaluate((header) => getComputedStyle(header).backgroundColor);
      expect(background, relative).not.toBe('rgba(0, 0, 0, 0)');
    }
    await page.close();
  });

  test('a plan page fetches one stylesheet and one script: files instead of inline blocks cost one request', async () => {
    const page = await env.browser.newPage();
    const fetched: string[] = [];
    const registration: string[] = [];
    page.on('request', (request) => {
      if (!['stylesheet', 'script'].includes(request.resourceType())) return;
      // The offline service worker's registration, which the site script loads once the page has loaded.
      if (/\/_astro\/register\.[\w-]+\.js$/u.test(request.url())) registration.push(request.url());
      else fetched.push(request.resourceType());
    });
    await page.goto(new URL('ke-hoach/tra-vinh-34-kh-duk/', env.site.url).href);
    await page.waitForLoadState('networkidle');
    expect(fetched.sort()).toEqual(['script', 'stylesheet']);
    expect(registration).toHaveLength(1);
    await page.close();
  });

  test('search runs in Pagefind’s worker, which only the header policy governs', async () => {
    const page = await env.browser.newPage();
    const workers: string[] = [];
    const warnings: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    page.on('console', (message) => {
      // Browser tests block the site's service worker (tests/helpers/browser.ts), which Playwright reports.
      if (/Service Worker registration blocked by Playwright/u.test(message.text())) return;
      if (['warning', 'error'].includes(message.type())) warnings.push(message.text());
    });
    await page.goto(new URL('tim-kiem/?q=doan%20ket', env.site.url).href);
    await page.locator('.search-result').first().waitFor();
    expect(workers).toEqual(['/pagefind/pagefind-worker.js']);
    // Pagefind falls back to the page, with a warning, when its worker fails (WebAssembly refused).
    expect(warnings).toEqual([]);
    await page.close();
  });

  test('the print button is shown and prints', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    const page = await context.newPage();
    await page.goto(new URL('ke-hoach/tra-vinh-34-kh-duk/', env.site.url).href);
    const button = page.locator('[data-print]').first();
    await button.click();
    await expect(page.locator('html[data-printed]').count()).resolves.toBe(1);
    await context.close();
  });

  test('the form list filters by plan', async () => {
    const page = await env.browser.newPage();
    await page.goto(new URL('bieu-mau/', env.site.url).href);
    const all = await page.locator('[data-form-list] > li:visible').count();
    const plan = await page.locator('select[name="ke-hoach"] option').nth(1).getAttribute('value');
    await page.selectOption('select[name="ke-hoach"]', plan!);
    await expect.poll(() => page.locator('[data-form-list] > li:visible').count()).toBeLessThan(all);
    await expect(page.locator('[data-form-count]').innerText()).resolves.toMatch(/\d/u);
    await page.close();
  });

  test('a page opened from a search result marks the searched words', async () => {
    const page = await env.browser.newPage();
    await page.goto(new URL('ke-hoach/tra-vinh-34-kh-duk/?tu-khoa=%C4%91o%C3%A0n', env.site.url).href);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    const marked = await page.locator('mark.pagefind-highlight').allInnerTexts();
    expect(marked.length).toBeGreaterThan(0);
    // The mark is yellow from the browser's own stylesheet, Pagefind adds no <style>.
    await expect(page.locator('head style').count()).resolves.toBe(0);
    await page.close();
  });

  test('without JavaScript the timeline hides its filters through the linked stylesheet', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('moc-thoi-gian/', env.site.url).href);
    await expect(page.locator('[data-timeline-filters]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-today]').isVisible()).resolves.toBe(false);
    await context.close();
  });
});
