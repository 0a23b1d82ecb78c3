import { describe, expect, test } from 'vitest';
import { seriousViolations, useBuiltSite } from '../helpers/e2e';

const env = useBuiltSite();

describe('the anniversary calendar in Chromium', () => {
  test('opens on the current year in Vietnam and shows it and the four years after it at a glance', async () => {
    // 31/12/2029 20:00 in New York is already 2030 in Hà Nội.
    const context = await env.browser.newContext({
      timezoneId: 'America/New_York',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2029-12-31T20:00:00-05:00'));
    await page.goto(new URL('ngay-ky-niem/', env.site.url).href);
    await expect(page.locator('#nam-ky-niem').inputValue()).resolves.toBe('2030');
    await expect(page.locator('[data-year-section]:visible h2').allInnerTexts()).resolves.toEqual(['Năm 2030']);
    const columns = await page.locator('.matrix thead th[data-year]:visible').allInnerTexts();
    expect(columns).toEqual(['2030', '2031', '2032', '2033', '2034']);
    // The heading says what the table shows.
    await expect(page.locator('#bang-ky-niem').innerText()).resolves.toBe('Số năm kỷ niệm từ 2030 đến 2034');
    await expect(page.locator('[data-year-section="2030"]').innerText()).resolves.toContain('Kỷ niệm 100 năm');
    await page.selectOption('#nam-ky-niem', '2025');
    await expect(page.locator('[data-year-section]:visible h2').allInnerTexts()).resolves.toEqual(['Năm 2025']);
    await expect(page.locator('#bang-ky-niem').innerText()).resolves.toBe('Số năm kỷ niệm từ 2025 đến 2029');
    expect(page.url()).toContain('nam=2025');
    // Near the calendar's end the heading names the years there are.
    await page.selectOption('#nam-ky-niem', '2033');
    await expect(page.locator('#bang-ky-niem').innerText()).resolves.toBe('Số năm kỷ niệm từ 2033 đến 2035');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  test('at 360 px each commemoration reads as a card: its name on one line, its years beside, the round one on screen', async () => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-29T09:00:00+07:00'));
    await page.goto(new URL('ngay-ky-niem/', env.site.url).href);
    await expect(page.locator('#bang-ky-niem').innerText()).resolves.toBe('Số năm kỷ niệm từ 2026 đến 2030');
    const row = page.locator('.matrix tbody tr', { hasText: 'Ngày thành lập Đảng' });
    // The name is not squeezed into a column a word wide.
    const name = (await row.locator('th').boundingBox())!;
    expect(name.width).toBeGreaterThan(280);
    await expect(row.locator('td:visible').allInnerTexts()).resolves.toEqual([
      '2026: 96',
      '2027: 97',
      '2028: 98',
      '2029: 99',
      '2030: 100 năm tròn',
    ]);
    const round = (await row.locator('td[data-kind="nam-tron"]:visible').boundingBox())!;
    expect(round.x + round.width).toBeLessThanOrEqual(360);
    // A year's list: date and number on a line, the name below, nothing a word wide.
    const entry = (await page
      .locator('[data-year-section="2026"] tr', { hasText: 'Ngày thành lập Đảng' })
      .boundingBox())!;
    expect(entry.width).toBeGreaterThan(300);
    expect(entry.height).toBeLessThan(110);
    expect(await seriousViolations(page)).toEqual([]);
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
