import { describe, expect, test } from 'vitest';
import { seriousViolations, useBuiltSite } from '../helpers/e2e';

const env = useBuiltSite();

describe('the anniversary calendar in Chromium', () => {
  test('opens on the current year in Vietnam and shows the next five years at a glance', async () => {
    // 31/12/2029 20:00 in New York is already 2030 in Hà Nội.
    const context = await env.browser.newContext({
      timezoneId: 'America/New_York',
      viewport: { width: 360, height: 800 },
    });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2029-12-31T20:00:00-05:00'));
    await page.goto(new URL('ngay-ky-niem/', env.site.url).href);
    await expect(page.locator('#nam-ky-niem').inputValue()).resolves.toBe('2030');
    await expect(page.locator('[data-year-section]:visible h2').allInnerTexts()).resolves.toEqual(['Năm 2030']);
    const columns = await page.locator('.matrix thead th[data-year]:visible').allInnerTexts();
    expect(columns).toEqual(['2030', '2031', '2032', '2033', '2034', '2035']);
    await expect(page.locator('[data-year-section="2030"]').innerText()).resolves.toContain('Kỷ niệm 100 năm');
    await page.selectOption('#nam-ky-niem', '2025');
    await expect(page.locator('[data-year-section]:visible h2').allInnerTexts()).resolves.toEqual(['Năm 2025']);
    expect(page.url()).toContain('nam=2025');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  test('without JavaScript every year is listed', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('ngay-ky-niem/', env.site.url).href);
    await expect(page.locator('[data-year-section]:visible').count()).resolves.toBe(16);
    await context.close();
  });

  test.each([
    'ngay-ky-niem/',
    'ngay-ky-niem/chien-thang-tua-hai/',
    'van-ban/',
    'van-ban/217-qd-tw/',
    'moc-thoi-gian/',
    'chuyen-de/',
    'chuyen-de/nguyen-tac-dai-doan-ket/',
  ])('%s has no serious accessibility violation', async (path) => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(new URL(path, env.site.url).href);
    expect(await seriousViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
