import { describe, expect, test } from 'vitest';
import {
  buildVersion,
  fallbackKey,
  isHashedFile,
  isPage,
  pageCacheKey,
  sitePath,
} from '../../../src/lib/offline/routing';
import { offlineCaches, savedItemKey } from '../../../src/lib/offline/caches';
import { isSearchRuntimeFile, searchFiles } from '../../../src/lib/offline/search-files';

describe('buildVersion', () => {
  const entries = [
    { url: 'index.html', revision: 'a1' },
    { url: '_astro/style.B9.css', revision: null },
  ];
  test('is the same for the same precache, and changes with any revision or URL', () => {
    expect(buildVersion(entries)).toBe(buildVersion(structuredClone(entries)));
    expect(buildVersion([{ ...entries[0]!, revision: 'a2' }, entries[1]!])).not.toBe(buildVersion(entries));
    expect(buildVersion([entries[0]!, { url: '_astro/style.C0.css', revision: null }])).not.toBe(buildVersion(entries));
    // Entries are not run together: "ab" + "c" is not "a" + "bc".
    expect(buildVersion(['ab', 'c'])).not.toBe(buildVersion(['a', 'bc']));
  });
});

describe('isPage', () => {
  test('a navigation, or a path ending in "/", is a page; files are not', () => {
    expect(isPage('navigate', '/bieu-mau/x.docx')).toBe(true);
    expect(isPage('cors', '/ke-hoach/tra-vinh-34-kh-duk/')).toBe(true);
    expect(isPage('no-cors', '/bieu-mau/de-cuong.docx')).toBe(false);
    expect(isPage('cors', '/pagefind/pagefind-entry.json')).toBe(false);
  });
});

describe('pageCacheKey', () => {
  test('drops the query (searched words) and the fragment', () => {
    expect(pageCacheKey('https://a.vn/so-tay/ke-hoach/x/?tu-khoa=n%C3%AAu#iii-p2')).toBe(
      'https://a.vn/so-tay/ke-hoach/x/',
    );
  });
});

describe('fallbackKey: what an offline request may be answered from', () => {
  const scope = 'https://a.vn/so-tay/';
  test('a page: its one copy, whatever the query', () => {
    expect(fallbackKey(`${scope}ke-hoach/x/?tu-khoa=a#p2`, true, scope)).toBe(`${scope}ke-hoach/x/`);
  });
  test("a file: its whole URL, query included, less Pagefind's ?ts= alone", () => {
    expect(fallbackKey(`${scope}bieu-mau/a.docx`, false, scope)).toBe(`${scope}bieu-mau/a.docx`);
    expect(fallbackKey(`${scope}data.json?x=1`, false, scope)).toBe(`${scope}data.json?x=1`);
    expect(fallbackKey(`${scope}pagefind/pagefind-entry.json?ts=1733`, false, scope)).toBe(
      `${scope}pagefind/pagefind-entry.json`,
    );
    expect(fallbackKey(`${scope}data.json?x=1&ts=2`, false, scope)).toBe(`${scope}data.json?x=1`);
  });
  test('nothing under the records of saved items: no record answers any address', () => {
    const record = savedItemKey(scope, '/ke-hoach/x/');
    expect(fallbackKey(`${scope}da-luu/muc?x=1`, true, scope)).toBeNull();
    expect(fallbackKey(`${scope}da-luu/muc?x=1`, false, scope)).toBeNull();
    expect(fallbackKey(record, false, scope)).toBeNull();
    // The saved-pages page itself is not one.
    expect(fallbackKey(`${scope}da-luu/`, true, scope)).toBe(`${scope}da-luu/`);
  });
});

describe('sitePath', () => {
  test('the path without the base, as records list it; nothing outside the scope', () => {
    expect(sitePath('https://a.vn/so-tay/ke-hoach/x/', 'https://a.vn/so-tay/')).toBe('/ke-hoach/x/');
    expect(sitePath('https://a.vn/bieu-mau/a.docx', 'https://a.vn/')).toBe('/bieu-mau/a.docx');
    expect(sitePath('https://a.vn/khac/', 'https://a.vn/so-tay/')).toBeNull();
    expect(sitePath('https://b.vn/so-tay/x/', 'https://a.vn/so-tay/')).toBeNull();
  });
});

describe('isHashedFile', () => {
  const root = 'https://a.vn/';
  const sub = 'https://a.vn/so-tay/';
  test("Astro's assets and Pagefind's chunks, under the scope only", () => {
    expect(isHashedFile('/_astro/style.B9ROpAQh.css', root)).toBe(true);
    expect(isHashedFile('/so-tay/_astro/style.B9ROpAQh.css', sub)).toBe(true);
    expect(isHashedFile('/_astro/style.B9ROpAQh.css', sub)).toBe(false);
    expect(isHashedFile('/pagefind/index/vi_1963efe.pf_index', root)).toBe(true);
    expect(isHashedFile('/pagefind/fragment/vi_104065e.pf_fragment', root)).toBe(true);
    expect(isHashedFile('/pagefind/filter/vi_3824b87.pf_filter', root)).toBe(true);
  });
  test('files whose content changes under the same name are not', () => {
    expect(isHashedFile('/pagefind/pagefind-entry.json', root)).toBe(false);
    expect(isHashedFile('/pagefind/pagefind.js', root)).toBe(false);
    expect(isHashedFile('/bieu-mau/de-cuong.docx', root)).toBe(false);
    expect(isHashedFile('/_astro/sub/x.js', root)).toBe(false);
  });
});

describe('cache names', () => {
  test('carry the scope, so two copies of the site on one host keep apart', () => {
    const a = offlineCaches('https://a.vn/');
    const b = offlineCaches('https://a.vn/so-tay/');
    expect(new Set([...Object.values(a), ...Object.values(b)]).size).toBe(6);
    expect(savedItemKey('https://a.vn/so-tay/', '/ke-hoach/x/')).toBe(
      'https://a.vn/so-tay/da-luu/muc?trang=%2Fke-hoach%2Fx%2F',
    );
  });
});

describe('searchFiles', () => {
  test("lists Pagefind's runtime and chunks with their total size, sorted; not its ready-made UI", () => {
    const list = searchFiles([
      { path: 'pagefind/pagefind-ui.js', bytes: 100 },
      { path: 'pagefind/index/vi_2.pf_index', bytes: 7 },
      { path: 'pagefind/pagefind.js', bytes: 10 },
      { path: 'pagefind/fragment/vi_1.pf_fragment', bytes: 3 },
      { path: 'pagefind/wasm.unknown.pagefind', bytes: 20 },
      { path: 'pagefind/pagefind-entry.json', bytes: 1 },
      { path: 'pagefind/pagefind.vi_ab.pf_meta', bytes: 2 },
      { path: 'pagefind/pagefind-worker.js', bytes: 5 },
      { path: 'pagefind/filter/vi_3.pf_filter', bytes: 4 },
      { path: 'pagefind/pagefind-highlight.js', bytes: 100 },
    ]);
    expect(list.bytes).toBe(52);
    expect(list.files).toEqual([
      '/pagefind/filter/vi_3.pf_filter',
      '/pagefind/fragment/vi_1.pf_fragment',
      '/pagefind/index/vi_2.pf_index',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind.vi_ab.pf_meta',
      '/pagefind/wasm.unknown.pagefind',
    ]);
    expect(isSearchRuntimeFile('pagefind/pagefind-modular-ui.js')).toBe(false);
  });
});
