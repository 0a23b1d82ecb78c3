// No page scrolls sideways on a narrow phone. One page of every kind the site builds is
// opened at 360 and 320 px, with and without JavaScript (the script shows filters and
// narrows tables, so both layouts count), and the document must be no wider than the
// window. The site is a corpus of 10 plans (the five real ones and renumbered copies, as
// `npm run bench` makes them) with 2 plans a list page, so the later pages of the plan
// list and of the timeline exist too. A failure names the elements that stick out.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus';
import { buildWithContent } from '../helpers/astro-build';
import { launchChromium } from '../helpers/browser';
import { seriousViolations } from '../helpers/e2e';
import { serveStatic, type StaticSite } from '../helpers/static-server';

const PLANS = 10;
const contentDir = mkdtempSync(path.join(tmpdir(), 'so-tay-layout-'));
let outDir = '';
let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  writeCorpus('content', contentDir, PLANS);
  const build = buildWithContent(contentDir, { PLANS_PER_PAGE: '2' }, { keepOutput: true });
  outDir = build.outDir;
  if (build.status !== 0) throw new Error(build.output.slice(-3000));
  browser = await launchChromium();
  site = await serveStatic(outDir);
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(contentDir, { recursive: true, force: true });
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** One page of each kind (a plan's .txt is plain text, not a page). */
const PAGES: Record<string, string> = {
  home: '',
  'plan list': 'ke-hoach/',
  'plan list, page 2': 'ke-hoach/trang-2/',
  provinces: 'ke-hoach/tinh/',
  "a province's plans": 'ke-hoach/tinh/tra-vinh/',
  years: 'ke-hoach/nam/',
  "a year's plans": 'ke-hoach/nam/2021/',
  plan: 'ke-hoach/tra-vinh-43-kh-duk/',
  timeline: 'moc-thoi-gian/',
  'timeline, page 2': 'moc-thoi-gian/trang-2/',
  forms: 'bieu-mau/',
  'form guide': 'bieu-mau/tra-vinh-43-kh-duk-mau-02/',
  "form's original": 'bieu-mau/tra-vinh-43-kh-duk-mau-02/ban-goc/',
  'form fill-in': 'bieu-mau/tra-vinh-43-kh-duk-mau-02/dien/',
  topics: 'chuyen-de/',
  topic: 'chuyen-de/neu-guong/',
  commemorations: 'ngay-ky-niem/',
  commemoration: 'ngay-ky-niem/quoc-khanh/',
  documents: 'van-ban/',
  'cited document': 'van-ban/05-ct-tw/',
  search: 'tim-kiem/?q=ke+hoach+34',
  'not found': 'khong-co-trang-nay/',
  'saved pages': 'da-luu/',
  'offline page': 'ngoai-tuyen/',
};

/** The document's width beyond the window, and the elements whose right edge passes it (outside scrolling boxes). */
async function sideways(width: number, javaScriptEnabled: boolean, relative: string) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(new URL(relative, site.url).href);
  if (javaScriptEnabled && relative.startsWith('tim-kiem/')) {
    await page.locator('[data-search-results] > li').first().waitFor();
  }
  const result = await page.evaluate(() => {
    const scrolls = (element: Element) => {
      const { overflowX } = getComputedStyle(element);
      return overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden';
    };
    const offenders: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= window.innerWidth + 0.5) continue;
      let inside = element.parentElement;
      while (inside && inside !== document.body && !scrolls(inside)) inside = inside.parentElement;
      if (inside && inside !== document.body) continue;
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList]
        .filter((name) => !name.startsWith('astro-'))
        .map((name) => `.${name}`)
        .join('')}`;
      offenders.push(`${name} (right edge ${Math.round(box.right)} px)`);
    }
    return { extra: document.scrollingElement!.scrollWidth - window.innerWidth, offenders: offenders.slice(0, 5) };
  });
  await context.close();
  return result;
}

describe('no page scrolls sideways on a narrow phone', () => {
  for (const width of [360, 320]) {
    for (const javaScriptEnabled of [true, false]) {
      test(`at ${width} px, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
        const wide: string[] = [];
        for (const [kind, relative] of Object.entries(PAGES)) {
          const { extra, offenders } = await sideways(width, javaScriptEnabled, relative);
          if (extra > 0) wide.push(`${kind} (/${relative}): ${extra} px too wide: ${offenders.join(', ')}`);
        }
        expect(wide).toEqual([]);
      }, 120_000);
    }
  }
});

describe('the form list on a phone and a desktop', () => {
  for (const width of [360, 1280]) {
    test(`at ${width} px its filters fit the page (each select no wider than the page) and it has no serious accessibility violation`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(new URL('bieu-mau/', site.url).href);
      const selects = await page.locator('[data-form-filters] select').all();
      expect(selects).toHaveLength(2);
      for (const select of selects) {
        const box = (await select.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        if (width === 360) expect(box.width).toBeGreaterThan(300);
      }
      // Choosing the longest plan name still fits.
      await page.locator('select[name="ke-hoach"]').selectOption({ index: 1 });
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
