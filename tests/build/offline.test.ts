// What the build writes for offline reading (src/integrations/offline.ts), in both builds.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PRECACHE_GLOBS } from '../../src/lib/offline/precache';
import type { SearchFiles } from '../../src/lib/offline/search-files';
import { searchFilesPath, serviceWorkerPath } from '../../src/lib/site/routes';
import { allFiles, dist, distBase, readDist, requireBuilt } from '../helpers/dist';

/** The precache manifest injected into the worker: [{ url, revision }]. */
function precache(dir: string): { url: string; revision: string | null }[] {
  const worker = readDist(dir, serviceWorkerPath.slice(1));
  // Workbox writes the manifest as JSON: the one array of {"revision", "url"} objects.
  const json = /\[\{"revision".*?\}\]/u.exec(worker)?.[0];
  return json ? (JSON.parse(json) as { url: string; revision: string | null }[]) : [];
}

describe.each([
  { name: 'the site', dir: dist },
  { name: 'the site under a sub-path', dir: distBase },
])('$name', ({ dir }) => {
  const built = requireBuilt(dir);
  const entries = precache(built);

  test('has a service worker with the shell precached, every entry a file of the build', () => {
    expect(entries.length).toBeGreaterThan(20);
    for (const { url } of entries) expect(statSync(path.join(built, url)).isFile(), url).toBe(true);
    const urls = entries.map((entry) => entry.url);
    for (const page of ['index.html', 'tim-kiem/index.html', 'ngoai-tuyen/index.html', 'ke-hoach/index.html']) {
      expect(urls).toContain(page);
    }
    expect(urls.filter((url) => url.endsWith('.woff2')).length).toBeGreaterThan(0);
    expect(urls).toContain('pagefind/pagefind.js');
    // URLs are relative to the worker, so the same worker works under any base.
    expect(urls.every((url) => !url.startsWith('/'))).toBe(true);
  });

  test('precaches no plan page, no later list page and no search chunk: the shell does not grow with plans', () => {
    const urls = entries.map((entry) => entry.url);
    expect(urls.filter((url) => /^ke-hoach\/.+\/index\.html$/u.test(url))).toEqual([]);
    expect(urls.filter((url) => /trang-\d+/u.test(url))).toEqual([]);
    expect(urls.filter((url) => /pagefind\/(index|fragment|filter)\//u.test(url))).toEqual([]);
    expect(urls.filter((url) => url.startsWith('van-ban/'))).toEqual([]);
  });

  test('the precache is at most 1.5 MB', () => {
    const bytes = entries.reduce((sum, { url }) => sum + statSync(path.join(built, url)).size, 0);
    expect(bytes).toBeLessThanOrEqual(1.5 * 1024 * 1024);
  });

  test('every precache glob matches a file (the worker would fail to install on a missing one)', () => {
    const urls = entries.map((entry) => entry.url);
    for (const glob of PRECACHE_GLOBS) {
      const pattern = new RegExp(
        `^${glob
          .replace(/[.]/gu, '\\.')
          .replace(/\{([^}]+)\}/gu, (_, list: string) => `(${list.split(',').join('|')})`)
          .replace(/\*/gu, '[^/]*')}$`,
        'u',
      );
      expect(
        urls.some((url) => pattern.test(url)),
        glob,
      ).toBe(true);
    }
  });

  test('lists every file of the search index with their total size, for offline search', () => {
    const list = JSON.parse(readDist(built, searchFilesPath.slice(1))) as SearchFiles;
    const onDisk = allFiles(path.join(built, 'pagefind'))
      .map((file) => `/${path.relative(built, file).split(path.sep).join('/')}`)
      .filter((file) => /\/(index|fragment|filter)\//u.test(file));
    for (const file of onDisk) expect(list.files).toContain(file);
    expect(list.files).toContain('/pagefind/pagefind.js');
    const bytes = list.files.reduce((sum, file) => sum + readFileSync(path.join(built, file)).length, 0);
    expect(list.bytes).toBe(bytes);
  });
});
