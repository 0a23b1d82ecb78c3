import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { seriousViolations, useBuiltSite } from '../helpers/e2e';
import { watchForeignRequests } from '../helpers/browser';
import { BASE_PATH, distBase, requireBuilt } from '../helpers/dist';
import { readPlanSources } from '../helpers/plans';
import { serveStatic } from '../helpers/static-server';
import { formatVietnameseDate, parsePlaceDateLine } from '../../src/lib/text/vietnamese-date';

const plans = readPlanSources();
const env = useBuiltSite();
/** The most a phone's site header may take (issue 16 item 5: one row and the search field). */
const HEADER_BUDGET = 160;
const plainTextOf = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** True once a self-hosted Tinos face has actually been downloaded and used. */
function tinosLoaded(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.fonts].some((face) => face.family.includes('Tinos') && face.status === 'loaded'),
  );
}

async function open(path: string, width: number): Promise<{ page: Page; foreign: string[]; fonts: string[] }> {
  // A context of its own per page: axe-core's Playwright runner needs one.
  const context = await env.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  // The browser may already be closing (afterAll): a context that cannot close is no failure.
  page.on('close', () => context.close().catch(() => undefined));
  const foreign = watchForeignRequests(page, env.site.url);
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname.split('/').at(-1)!);
  });
  const response = await page.goto(new URL(path, env.site.url).href);
  expect(response?.status()).toBe(200);
  await page.evaluate(() => document.fonts.ready);
  return { page, foreign, fonts };
}

describe.each(plans)('plan $id in Chromium', ({ id, frontmatter }) => {
  const path = `ke-hoach/${id}/`;

  test('reads at 360 px: no sideways scrolling, facts before the paper', async () => {
    const { page, foreign, fonts } = await open(path, 360);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const metaTop = await page.locator('.plan-meta').evaluate((el) => el.getBoundingClientRect().top);
    const paperTop = await page.locator('article.document').evaluate((el) => el.getBoundingClientRect().top);
    expect(metaTop).toBeLessThan(paperTop);
    expect(await tinosLoaded(page)).toBe(true);
    expect(foreign).toEqual([]);
    // Vietnamese text needs the latin and vietnamese subsets only; latin-ext (~80 KB a
    // face) overlaps the Vietnamese letters' unicode-range and would be fetched for nothing.
    expect(fonts.length).toBeGreaterThan(0);
    expect(
      fonts.filter((name) => !/^tinos-(latin|vietnamese)-\d+-(normal|italic)(\.[\w-]+)?\.woff2$/u.test(name)),
    ).toEqual([]);
    await page.close();
  });

  test('reads at desktop width with the table of contents beside the paper', async () => {
    const { page } = await open(path, 1280);
    const article = await page.locator('article.document').boundingBox();
    const aside = await page.locator('.plan-aside').boundingBox();
    expect(aside!.x).toBeGreaterThan(article!.x + article!.width - 1);
    const firstTocLink = page.locator('.toc--open a').first();
    const target = (await firstTocLink.getAttribute('href'))!;
    await firstTocLink.click();
    expect(new URL(page.url()).hash).toBe(target);
    await page.close();
  });

  test('at 1280 px the table of contents is in view on arrival and stays in view, no box to scroll first', async () => {
    const { page } = await open(path, 1280);
    const height = await page.evaluate(() => window.innerHeight);
    await expect(page.locator('.toc--collapsed').isVisible()).resolves.toBe(false);
    const heading = page.locator('.toc--open h2');
    const first = page.locator('.toc--open a').first();
    for (const element of [heading, first]) {
      const box = (await element.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
    }
    // The sidebar is no scroll box (it used to be, with the contents below the facts, out of sight).
    const asideScrolls = await page
      .locator('.plan-aside')
      .evaluate((el) => el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== 'visible');
    expect(asideScrolls).toBe(false);
    // Half-way down the paper the contents are still in view, from their heading on.
    await page.evaluate(() => {
      const paper = document.querySelector('article.document')!.getBoundingClientRect();
      window.scrollTo(0, window.scrollY + paper.top + paper.height / 2);
    });
    const stuck = (await heading.boundingBox())!;
    expect(stuck.y).toBeGreaterThanOrEqual(0);
    expect(stuck.y + stuck.height).toBeLessThanOrEqual(height);
    await page.close();
  });

  test('at 360 px the first screen shows one summary line, the document header and the start of the text', async () => {
    const { page } = await open(path, 360);
    const height = await page.evaluate(() => window.innerHeight);
    const summary = plainTextOf(await page.locator('.plan-meta__summary').innerText());
    const date = frontmatter.dateLine
      ? formatVietnameseDate(parsePlaceDateLine(frontmatter.dateLine).iso)
      : 'Không ghi ngày';
    // The province as printed, then what it belongs to today when it was reorganised (the
    // exact wording is tests/e2e/places.e2e.test.ts's).
    const printed = `${frontmatter.number} · ${date} · ${frontmatter.issuer} · ${frontmatter.province}`;
    expect(summary === printed || summary.startsWith(`${printed} (nay thuộc `)).toBe(true);
    // The rest of the facts and the contents are folded; the paper follows.
    await expect(page.locator('.plan-meta dl').isVisible()).resolves.toBe(false);
    await expect(page.locator('.toc--collapsed ol').isVisible()).resolves.toBe(false);
    await expect(page.locator('.toc--open').isVisible()).resolves.toBe(false);
    const top = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.getBoundingClientRect().top);
    expect(await top('.doc-header')).toBeLessThan(height);
    expect(await top('.doc-heading')).toBeLessThan(height);
    // The site header is item 5's (one row and the search field, HEADER_BUDGET at most); this
    // counts it at that height, so it reads "first paragraph top < viewport height" once it is.
    const header = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect());
    const firstParagraph = await top('.doc-body > p');
    expect(firstParagraph - header.bottom + Math.min(header.height, HEADER_BUDGET)).toBeLessThan(height);
    await page.close();
  });

  test('at 360 px the folds open without JavaScript: all the facts, and the contents leading into the text', async () => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(path, env.site.url).href);
    await page.locator('.plan-meta__more > summary').click();
    await expect(page.locator('.plan-meta dl').isVisible()).resolves.toBe(true);
    await expect(page.locator('.plan-meta dl').innerText()).resolves.toContain('Bản nguồn');
    await page.locator('.toc--collapsed summary').click();
    const link = page.locator('.toc--collapsed a').first();
    await expect(link.isVisible()).resolves.toBe(true);
    const target = (await link.getAttribute('href'))!;
    await link.click();
    expect(new URL(page.url()).hash).toBe(target);
    const landed = await page.locator(target).evaluate((el) => el.getBoundingClientRect().top);
    expect(landed).toBeGreaterThanOrEqual(0);
    expect(landed).toBeLessThan(800);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  test('at 360 px, folds open, has no serious or critical accessibility violation', async () => {
    const { page } = await open(path, 360);
    await page.locator('.plan-meta__more > summary').click();
    await page.locator('.toc--collapsed summary').click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  test('has no serious or critical accessibility violation (axe, WCAG 2.2 AA)', async () => {
    const { page } = await open(path, 1280);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  test('prints on A4 without site chrome, in a sane number of pages', async () => {
    const { page } = await open(path, 1280);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-header', '.plan-aside', '.site-footer'].map((selector) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element).display : 'missing';
      }),
    );
    expect(hidden).toEqual(['none', 'none', 'none']);
    const bodySize = await page
      .locator('.doc-body p')
      .first()
      .evaluate((el) => getComputedStyle(el).fontSize);
    expect(bodySize).toBe('18.6667px'); // 14 pt
    const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pages = pdf.getPages();
    const { width, height } = pages[0]!.getSize();
    expect(Math.abs(width - 595.9)).toBeLessThan(1.5);
    expect(Math.abs(height - 842.9)).toBeLessThan(1.5);
    // A plan of 14–30 KB of text fills a handful of A4 pages, never one and never dozens.
    const words = (await page.locator('article.document').innerText()).split(/\s+/u).length;
    expect(pages.length).toBeGreaterThanOrEqual(Math.floor(words / 900));
    expect(pages.length).toBeLessThanOrEqual(Math.ceil(words / 250));
    await page.close();
  });

  test(`names itself ${frontmatter.number} in the heading and the header`, async () => {
    const { page } = await open(path, 1280);
    await expect(page.locator('.doc-header').innerText()).resolves.toContain('Số ');
    await expect(page.title()).resolves.toContain(frontmatter.number);
    await page.close();
  });
});

describe('home page in Chromium', () => {
  test('the keyboard reaches the content first through the skip link', async () => {
    const { page } = await open('', 360);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe('#noi-dung');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('noi-dung');
    await page.close();
  });

  test('the home page has no serious accessibility violation', async () => {
    const { page } = await open('', 360);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe(`the site under the sub-path ${BASE_PATH}`, () => {
  test('loads its styles and fonts and navigates from home to a plan', async () => {
    const sub = await serveStatic(requireBuilt(distBase), BASE_PATH);
    const page = await env.browser.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(sub.url);
    await page.locator('.plan-card a').first().click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname.startsWith(`${BASE_PATH}ke-hoach/`)).toBe(true);
    const font = await page.locator('article.document').evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).toContain('Tinos');
    await page.evaluate(() => document.fonts.ready);
    expect(await tinosLoaded(page)).toBe(true);
    expect(failed).toEqual([]);
    await page.close();
    await sub.close();
  });
});
