import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { seriousViolations, useBuiltSite } from '../helpers/e2e';
import { watchForeignRequests } from '../helpers/browser';
import { dist, readDist, requireBuilt } from '../helpers/dist';

const env = useBuiltSite();
const dated: { dueBy: string }[] = JSON.parse(readDist(requireBuilt(dist), 'api/deadlines.json'));

describe('the timeline in Chromium', () => {
  test('marks past deadlines and the next one by the date in Vietnam, not the device zone', async () => {
    // 23:30 on 24/02/2022 in New York is already 25/02/2022 in Hà Nội.
    const context = await env.browser.newContext({
      timezoneId: 'America/New_York',
      viewport: { width: 360, height: 800 },
    });
    const page = await context.newPage();
    const foreign = watchForeignRequests(page, env.site.url);
    await page.clock.setFixedTime(new Date('2022-02-24T23:30:00-05:00'));
    await page.goto(new URL('moc-thoi-gian/', env.site.url).href);
    await expect(page.locator('[data-today]').innerText()).resolves.toBe('Hôm nay: 25/02/2022');
    const past = await page.locator('[data-item][data-past]').count();
    expect(past).toBe(dated.filter((item) => item.dueBy < '2022-02-25').length);
    await expect(page.locator('[data-item][data-next]').count()).resolves.toBe(1);
    await expect(page.locator('[data-item][data-next]').getAttribute('data-due')).resolves.toBe(
      dated.map((item) => item.dueBy).find((due) => due >= '2022-02-25'),
    );
    await expect(page.locator('[data-next] [data-state]').innerText()).resolves.toBe('Sắp tới gần nhất');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(foreign).toEqual([]);
    await context.close();
  });

  test('filters by plan and by who, keeping the choice in the URL', async () => {
    const page = await env.browser.newPage();
    await page.goto(new URL('moc-thoi-gian/', env.site.url).href);
    await page.selectOption('select[name="ke-hoach"]', 'quang-nam-59-kh-duk');
    const shown = await page.locator('[data-item]:visible').count();
    expect(shown).toBe(4);
    expect(page.url()).toContain('ke-hoach=quang-nam-59-kh-duk');
    await page.selectOption('select[name="ke-hoach"]', '*');
    await page.selectOption('select[name="ai-lam"]', 'to-dang');
    await expect(page.locator('[data-item]:visible').count()).resolves.toBe(12);
    await page.reload();
    await expect(page.locator('[data-item]:visible').count()).resolves.toBe(12);
    await page.close();
  });

  test('reads completely without JavaScript', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('moc-thoi-gian/', env.site.url).href);
    await expect(page.locator('[data-item]:visible').count()).resolves.toBe(await page.locator('[data-item]').count());
    await expect(page.locator('[data-timeline-filters]').isVisible()).resolves.toBe(false);
    await expect(page.locator('body').innerText()).resolves.toContain('hạn cuối 19/02/2020');
    await context.close();
  });

  test('has no serious accessibility violation and prints on A4', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('moc-thoi-gian/', env.site.url).href);
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').evaluate((el) => getComputedStyle(el).display)).resolves.toBe('none');
    const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true }));
    expect(Math.abs(pdf.getPages()[0]!.getSize().width - 595.9)).toBeLessThan(1.5);
    expect(pdf.getPageCount()).toBeGreaterThan(1);
    await context.close();
  });
});
