// The home page by task, and the header on a phone, in Chromium at 360 and 1280 px.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { seriousViolations, useBuiltSite } from '../helpers/e2e';
import { dist, readDist, requireBuilt } from '../helpers/dist';
import { daysLeft } from '../../src/lib/deadlines/timeline-view';
import { formatVietnameseDate } from '../../src/lib/text/vietnamese-date';

const env = useBuiltSite();
const dated: { dueBy: string; task: string; planId: string; id: string }[] = JSON.parse(
  readDist(requireBuilt(dist), 'api/deadlines.json'),
);
const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 900 };

/** The home page on a device of `viewport` whose clock reads `when` (Playwright's clock). */
async function homeOn(viewport: { width: number; height: number }, when?: string, javaScriptEnabled = true) {
  const context = await env.browser.newContext({ viewport, javaScriptEnabled, timezoneId: 'America/New_York' });
  const page = await context.newPage();
  if (when) await page.clock.setFixedTime(new Date(when));
  await page.goto(env.site.url);
  return { context, page };
}

const sideways = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

describe('the home page by task', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    test(`at ${viewport.width} px: four ways in (plans, deadlines, forms, topics and anniversaries), then the newest plans`, async () => {
      const { context, page } = await homeOn(viewport, '2026-11-29T09:00:00+07:00');
      const headings = await page.locator('main h2').allInnerTexts();
      expect(headings).toEqual([
        'Kế hoạch',
        'Hạn sắp tới',
        'Biểu mẫu',
        'Chuyên đề và ngày kỷ niệm',
        'Kế hoạch mới cập nhật',
      ]);
      const ways = page.locator('.home-task h2 a');
      expect(
        await ways.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
      ).toEqual(['/ke-hoach/', '/moc-thoi-gian/', '/bieu-mau/', '/chuyen-de/']);
      const plans = page.locator('.home-task').nth(0);
      await expect(plans.innerText()).resolves.toContain('5 kế hoạch');
      await expect(plans.locator('a[href="/ke-hoach/tinh/"]').count()).resolves.toBe(1);
      await expect(plans.locator('a[href="/ke-hoach/nam/"]').count()).resolves.toBe(1);
      // The five forms, each linked to its guide (which has the fill-in page and the .docx).
      await expect(page.locator('.home-task').nth(2).locator('li a').count()).resolves.toBe(5);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      await context.close();
    });
  }

  test('on 29/11/2026 (after the last deadline) says in one sentence that no deadline lies ahead', async () => {
    // 21:30 on 28/11/2026 in New York is already 29/11/2026 in Hà Nội.
    const { context, page } = await homeOn(PHONE, '2026-11-28T21:30:00-05:00');
    expect(await seriousViolations(page)).toEqual([]);
    const block = page.locator('.home-task').nth(1);
    await expect(block.locator('[data-home-today]').innerText()).resolves.toBe('Hôm nay: 29/11/2026');
    await expect(block.locator('[data-home-none-ahead]').innerText()).resolves.toBe(
      `Không còn hạn nào phía trước: hạn cuối cùng trong các kế hoạch là ngày ${formatVietnameseDate(dated.at(-1)!.dueBy)}.`,
    );
    await expect(block.locator('[data-home-deadlines]').isVisible()).resolves.toBe(false);
    await expect(block.locator('[data-home-static]').isVisible()).resolves.toBe(false);
    // The next anniversary from that day, and the next round one.
    const topics = page.locator('.home-task').nth(3);
    await expect(topics.locator('[data-home-next-anniversary]').innerText()).resolves.toBe(
      'Chiến thắng Tua Hai (Tây Ninh, nay gồm cả Long An) — 26/01/2027: kỷ niệm 67 năm, còn 58 ngày',
    );
    await expect(topics.locator('[data-home-next-round]').innerText()).resolves.toBe(
      'Năm tròn, năm lẻ 5 gần nhất: Chiến thắng Tua Hai (Tây Ninh, nay gồm cả Long An) — 26/01/2030: kỷ niệm 70 năm (năm tròn), còn 1154 ngày',
    );
    await expect(topics.locator('[data-home-next-anniversary] a').getAttribute('href')).resolves.toBe(
      '/ngay-ky-niem/chien-thang-tua-hai/',
    );
    await context.close();
  });

  test('on 01/11/2021 (inside a plan’s period) shows the next deadline with the days left, linked to the timeline', async () => {
    const today = '2021-11-01';
    const { context, page } = await homeOn(PHONE, `${today}T09:00:00+07:00`);
    const next = dated.find((item) => item.dueBy >= today)!;
    const block = page.locator('.home-task').nth(1);
    const shown = block.locator('[data-home-deadlines] li:visible');
    await expect(shown.count()).resolves.toBe(1);
    await expect(shown.getAttribute('data-due')).resolves.toBe(next.dueBy);
    const text = await shown.innerText();
    expect(text).toContain(
      `còn ${daysLeft(today, next.dueBy)} ngày · ${formatVietnameseDate(next.dueBy)}: ${next.task}`,
    );
    await expect(block.locator('[data-home-none-ahead]').isVisible()).resolves.toBe(false);
    // The first screen of a phone shows it.
    const top = await shown.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeLessThan(PHONE.height * 1.5);
    await shown.locator('a').click();
    await page.waitForURL(/moc-thoi-gian\/#moc-/u);
    const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${target}"]`).getAttribute('data-due')).resolves.toBe(next.dueBy);
    await context.close();
  });

  test('reads completely without JavaScript: the span of the deadlines and the days of the commemorations', async () => {
    const { context, page } = await homeOn(PHONE, undefined, false);
    const block = page.locator('.home-task').nth(1);
    await expect(block.locator('[data-home-static]').innerText()).resolves.toContain(
      `từ ${formatVietnameseDate(dated[0]!.dueBy)} đến ${formatVietnameseDate(dated.at(-1)!.dueBy)}`,
    );
    await expect(block.locator('[data-home-today]').isVisible()).resolves.toBe(false);
    await expect(block.locator('[data-home-deadlines]').isVisible()).resolves.toBe(false);
    const days = await page.locator('[data-home-commemorations] li').allInnerTexts();
    expect(days).toHaveLength(6);
    expect(days[0]).toBe('26/01: Chiến thắng Tua Hai (Tây Ninh, nay gồm cả Long An)');
    await expect(page.locator('[data-home-next-anniversary]').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('the header on a phone', () => {
  /** Vertical extent of an element. */
  const box = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!;

  for (const javaScriptEnabled of [true, false]) {
    test(`is one row (name and menu) above the search field, and the menu opens and closes ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
      const context = await env.browser.newContext({ viewport: PHONE, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(new URL('bieu-mau/', env.site.url).href);
      const name = await box(page, '.site-header__name');
      const menu = await box(page, '.site-menu > summary');
      const search = await box(page, '.site-search');
      // Name and menu control share a row; the search field is the only thing below it.
      expect(menu.y).toBeLessThan(name.y + name.height);
      expect(name.y).toBeLessThan(menu.y + menu.height);
      expect(search.y).toBeGreaterThanOrEqual(Math.max(name.y + name.height, menu.y + menu.height));
      expect((await box(page, '.site-header')).height).toBeLessThanOrEqual(140);
      const links = page.locator('.site-menu__list a');
      await expect(links.first().isVisible()).resolves.toBe(false);
      await expect(page.locator('.site-nav__wide').isVisible()).resolves.toBe(false);

      // Keyboard: the control opens the menu, Tab reaches its links.
      await page.locator('.site-menu > summary').focus();
      await page.keyboard.press('Enter');
      await expect(links.count()).resolves.toBe(7);
      for (const link of await links.all()) await expect(link.isVisible()).resolves.toBe(true);
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus').innerText()).resolves.toBe('Trang chủ');
      if (javaScriptEnabled) {
        // axe runs as a script in the page, so only where scripts run.
        expect(await seriousViolations(page)).toEqual([]);
        expect(await sideways(page)).toBeLessThanOrEqual(0);
        // Escape closes it and gives focus back to the control; so does a tap elsewhere.
        await page.keyboard.press('Escape');
        await expect(links.first().isVisible()).resolves.toBe(false);
        await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SUMMARY');
        await page.locator('.site-menu > summary').click();
        await expect(links.first().isVisible()).resolves.toBe(true);
        await page.mouse.click(PHONE.width / 2, PHONE.height - 20);
        await expect(links.first().isVisible()).resolves.toBe(false);
      } else {
        // The control closes it again.
        await page.locator('.site-menu > summary').click();
        await expect(links.first().isVisible()).resolves.toBe(false);
      }
      await context.close();
    });
  }

  test('on a desktop the links show inline and the menu control is gone', async () => {
    const context = await env.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(env.site.url);
    await expect(page.locator('.site-nav__wide a').count()).resolves.toBe(7);
    for (const link of await page.locator('.site-nav__wide a').all())
      await expect(link.isVisible()).resolves.toBe(true);
    await expect(page.locator('.site-menu').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-nav__wide a[aria-current="page"]').innerText()).resolves.toBe('Trang chủ');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
