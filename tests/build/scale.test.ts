// The site with more plans than fit on a page: a corpus of 60 plans (the five real ones and
// renumbered copies, as `npm run bench` makes them), built for real. Lists that grow with
// the corpus are paged or bounded, and pages that show one thing do not grow.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus';
import { LIST_LIMIT } from '../../src/lib/site/bounded-list';
import { TIMELINE_PAGE_SIZE } from '../../src/lib/site/routes';
import { buildWithContent } from '../helpers/astro-build';
import { dist, htmlFiles, requireBuilt } from '../helpers/dist';
import { findBrokenLinks } from '../helpers/link-check';
import { loadPagefind } from '../helpers/pagefind-node';
import { t } from '../../src/i18n/t';

const PLANS = 60;
const contentDir = mkdtempSync(path.join(tmpdir(), 'so-tay-scale-'));
let outDir = '';

beforeAll(() => {
  writeCorpus('content', contentDir, PLANS);
  const build = buildWithContent(contentDir, {}, { keepOutput: true });
  outDir = build.outDir;
  if (build.status !== 0) throw new Error(build.output.slice(-3000));
}, 240_000);
afterAll(() => {
  rmSync(contentDir, { recursive: true, force: true });
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const page = (relative: string) => parse(readFileSync(path.join(outDir, relative, 'index.html'), 'utf8'));
const bytes = (dir: string, relative: string) => statSync(path.join(dir, relative, 'index.html')).size;

describe(`the site with ${PLANS} plans`, () => {
  test('the timeline is paged: every dated deadline once, at most one page size per page, pages linked in order', () => {
    const feed: { dueBy: string }[] = JSON.parse(readFileSync(path.join(outDir, 'api/deadlines.json'), 'utf8'));
    const first = page('moc-thoi-gian');
    const count = Math.max(
      ...first
        .querySelectorAll('.pager a')
        .map((link) => Number(/trang-(\d+)/u.exec(link.getAttribute('href') ?? '')?.[1] ?? 1)),
    );
    expect(count).toBeGreaterThan(1);
    const dues: string[] = [];
    for (let n = 1; n <= count; n += 1) {
      const html = page(n === 1 ? 'moc-thoi-gian' : `moc-thoi-gian/trang-${n}`);
      const items = html.querySelectorAll('[data-item]');
      expect(items.length).toBeLessThanOrEqual(TIMELINE_PAGE_SIZE);
      dues.push(...items.map((item) => item.getAttribute('data-due')!).filter(Boolean));
      if (n < count)
        expect(html.querySelector('.pager a[rel="next"]')?.getAttribute('href')).toBe(`/moc-thoi-gian/trang-${n + 1}/`);
    }
    expect(dues).toEqual(feed.map((item) => item.dueBy));
  });

  test('the month index on every timeline page leads to the page and heading where the month starts', () => {
    const links = page('moc-thoi-gian/trang-2').querySelectorAll('a[data-month]');
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      const [target, anchor] = link.getAttribute('href')!.split('#');
      expect(page(target!.replace(/^\/|\/$/gu, '')).getElementById(anchor!)).not.toBeNull();
    }
  });

  test('a plan page is the same size as with the five real plans (within 10 %)', () => {
    const here = bytes(outDir, 'ke-hoach/tra-vinh-34-kh-duk');
    const real = bytes(requireBuilt(dist), 'ke-hoach/tra-vinh-34-kh-duk');
    expect(here / real).toBeLessThan(1.1);
  });

  test(`pages that gather plans (a topic, a cited document) list at most ${LIST_LIMIT} and point to search for the rest`, () => {
    const document = page('van-ban/05-ct-tw');
    expect(document.querySelectorAll('.mentions li').length).toBe(LIST_LIMIT);
    expect(document.querySelector('[data-list-more] a')?.getAttribute('href')).toBe('/tim-kiem/?q=05-CT%2FTW');
  });

  test('every link and anchor resolves', () => {
    const { broken, checked } = findBrokenLinks(outDir, '/');
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  }, 120_000);

  test('search indexes every plan page, and the timeline by its first page only', async () => {
    expect(page('moc-thoi-gian/trang-2').querySelector('[data-pagefind-body]')).toBeNull();
    const search = await loadPagefind(outDir);
    try {
      const kinds = (await search.filters()).loai ?? {};
      expect(kinds[t('search.kind.plan')]).toBe(PLANS);
      expect(kinds[t('timeline.title')]).toBe(1);
    } finally {
      await search.close();
    }
  });

  test('no page is more than twice the largest page of the five-plan site', () => {
    const realLargest = Math.max(...htmlFiles(dist).map((file) => statSync(file).size));
    const tooLarge = htmlFiles(outDir).filter((file) => statSync(file).size > realLargest * 2);
    expect(tooLarge.map((file) => path.relative(outDir, file))).toEqual([]);
  });
});
