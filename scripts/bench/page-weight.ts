// What a page costs a phone before anyone touches it: compressed bytes of JavaScript and
// CSS (files and inline), measured in real Chromium against the gzip-serving bench host.
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
  url: string;
  htmlBytes: number;
  jsBytes: number;
  cssBytes: number;
  /** Every byte the page fetched without interaction (fonts and images included). */
  totalBytes: number;
  requests: number;
  /** Requests for search code or index (Pagefind), which a reading page must not make. */
  searchRequests: number;
}

const gz = (text: string) => (text.length === 0 ? 0 : gzipSync(text, { level: 9 }).length);

export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const transfers: Promise<{ type: string; bytes: number }>[] = [];
  let searchRequests = 0;
  page.on('request', (request) => {
    if (/\/pagefind\//u.test(request.url())) searchRequests += 1;
  });
  page.on('requestfinished', (request) => {
    transfers.push(
      request
        .sizes()
        .then((sizes) => ({ type: request.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })),
    );
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
  await page.waitForTimeout(300);
  const inline = await page.evaluate(() => ({
    js: [...document.querySelectorAll('script:not([src])')]
      .filter((script) => !/json/u.test(script.getAttribute('type') ?? ''))
      .map((script) => script.textContent ?? '')
      .join('\n'),
    css: [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n'),
  }));
  const done = await Promise.all(transfers);
  await context.close();
  const sum = (type: string) =>
    done.filter((item) => item.type === type).reduce((total, item) => total + item.bytes, 0);
  return {
    url,
    htmlBytes: sum('document'),
    jsBytes: sum('script') + gz(inline.js),
    cssBytes: sum('stylesheet') + gz(inline.css),
    totalBytes: done.reduce((total, item) => total + item.bytes, 0),
    requests: done.length,
    searchRequests,
  };
}
