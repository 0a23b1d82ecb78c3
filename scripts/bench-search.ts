// Search benchmark (not a test): index size, bytes the browser fetches for typical
// queries, and the time from the last keystroke to the first result, in real Chromium
// against the built site. Run `npm run build` first (npm run bench:search does).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const QUERIES = ['đại đoàn kết', '34 kh duk', 'mau so 03'];

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) {
      const inner = folderBytes(full);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const index = folderBytes(path.join(dist, 'pagefind'));
const site = await serveStatic(dist);
const browser = await launchChromium();
const rows: string[] = [];

for (const query of QUERIES) {
  const context = await browser.newContext(); // cold cache for every query
  const page = await context.newPage();
  let phase: 'open' | 'query' = 'open';
  const fetched = { open: 0, query: 0 };
  page.on('requestfinished', async (request) => {
    if (!request.url().includes('/pagefind/')) return;
    const sizes = await request.sizes();
    fetched[phase] += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  await page.goto(`${site.url}tim-kiem/`);
  await page.waitForFunction(() => !document.querySelector('[data-search-filters]')?.hasAttribute('hidden'));
  await page.waitForLoadState('networkidle');
  phase = 'query';
  await page.locator('#search-query').pressSequentially(query, { delay: 30 });
  const elapsed = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const done = () => document.querySelector('.search-result') && resolve(performance.now() - start);
        if (document.querySelector('.search-result')) resolve(0);
        new MutationObserver(done).observe(document.body, { childList: true, subtree: true });
      }),
  );
  await page.waitForLoadState('networkidle');
  rows.push(`| ${query} | ${kb(fetched.open)} | ${kb(fetched.query)} | ${Math.round(elapsed)} ms |`);
  await context.close();
}
await browser.close();
await site.close();

console.log(`Pagefind index: ${kb(index.bytes)} in ${index.files} files (${dist}/pagefind)\n`);
console.log('| query | fetched on opening search | fetched for the query | last keystroke → first result |');
console.log('| --- | --- | --- | --- |');
console.log(rows.join('\n'));
