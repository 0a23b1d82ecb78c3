import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { seriousViolations, useBuiltSite } from '../helpers/e2e';
import { watchForeignRequests } from '../helpers/browser';

/**
 * Issue 16, items 4 and 8 in Chromium at a phone's and a desktop's width: a plan's province
 * with what became of it, the province index by today's unit, and a national document's
 * page with its title as printed and the verified official link. Axe finds nothing serious
 * and no page scrolls sideways.
 */
const env = useBuiltSite();

async function open(path: string, width: number): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  page.on('close', () => context.close().catch(() => undefined));
  const response = await page.goto(new URL(path, env.site.url).href);
  expect(response?.status()).toBe(200);
  return page;
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.each([360, 1280])('provinces and national documents at %i px', (width) => {
  test('a plan names its province with the unit it belongs to today', async () => {
    const page = await open('ke-hoach/tra-vinh-34-kh-duk/', width);
    const foreign = watchForeignRequests(page, env.site.url);
    // The plan's one-line summary (số · ngày · cơ quan · tỉnh) names it; the full facts are folded.
    const province = page.locator('.plan-meta__summary .plan-meta__province');
    await expect(province.innerText()).resolves.toBe('Trà Vinh (nay thuộc tỉnh Vĩnh Long)');
    await expect(province.isVisible()).resolves.toBe(true);
    // The index-only line is hidden from sight and from assistive technology.
    await expect(page.locator('article .visually-hidden[aria-hidden="true"]').innerText()).resolves.toBe(
      'Trà Vinh nay thuộc tỉnh Vĩnh Long',
    );
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  test('plan cards and a province’s list say what became of the province, with its sources', async () => {
    const page = await open('ke-hoach/tinh/quang-nam/', width);
    await expect(page.locator('.plan-card__meta').innerText()).resolves.toContain(
      'Quảng Nam (nay thuộc thành phố Đà Nẵng)',
    );
    const note = page.locator('.province-history');
    await expect(note.innerText()).resolves.toMatch(
      /^Từ 01\/07\/2025, Quảng Nam hợp nhất với Đà Nẵng, lấy tên là thành phố Đà Nẵng, theo Nghị quyết số 202\/2025\/QH15 ngày 12\/06\/2025 của Quốc hội/u,
    );
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  test('the province index groups the printed provinces under today’s units; sources leave the site, said so', async () => {
    const page = await open('ke-hoach/tinh/', width);
    const foreign = watchForeignRequests(page, env.site.url);
    await expect(page.locator('h2').allInnerTexts()).resolves.toEqual([
      'Thành phố Đà Nẵng',
      'Tỉnh Tây Ninh',
      'Tỉnh Vĩnh Long',
    ]);
    const vinhLong = page.locator('section', { has: page.locator('h2', { hasText: 'Tỉnh Vĩnh Long' }) });
    await expect(vinhLong.getByRole('link', { name: 'Trà Vinh (3)' }).getAttribute('href')).resolves.toBe(
      '/ke-hoach/tinh/tra-vinh/',
    );
    await expect(vinhLong.locator('.province-history').innerText()).resolves.toContain(
      'Trà Vinh hợp nhất với Vĩnh Long và Bến Tre, lấy tên là tỉnh Vĩnh Long',
    );
    const external = page.locator('a.external-link');
    expect(await external.count()).toBeGreaterThan(5);
    for (const link of await external.all()) {
      await expect(link.getAttribute('href')).resolves.toMatch(/^https:\/\//u);
      await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
      await expect(link.locator('xpath=following-sibling::span[1]').innerText()).resolves.toBe('(trang ngoài)');
    }
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    // Links are not loads: the page fetched nothing from another host.
    expect(foreign).toEqual([]);
    await page.close();
  });

  test('Chỉ thị 05-CT/TW: title, date and issuer as printed, each linked to a paragraph, and the official text', async () => {
    const page = await open('van-ban/05-ct-tw/', width);
    const foreign = watchForeignRequests(page, env.site.url);
    await expect(page.locator('h1').innerText()).resolves.toBe('Chỉ thị số 05-CT/TW');
    // The number stays on one line, even on a phone.
    const numberLines = await page
      .locator('h1 .document-number')
      .evaluate((element) => element.getClientRects().length);
    expect(numberLines).toBe(1);
    await expect(page.locator('.document-subject').innerText()).resolves.toBe(
      'về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    );
    const fact = (label: string) =>
      page.locator('.document-facts dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
    await expect(fact('Ngày').innerText()).resolves.toMatch(/^15\/5\/2016 \(in trong 59-KH\/ĐUK, 147-KH\/TU\)$/u);
    await expect(fact('Cơ quan ban hành').innerText()).resolves.toMatch(/^Bộ Chính trị \(in trong /u);
    // Each "in trong" link opens the paragraph that prints the fact.
    const dateLink = fact('Ngày').getByRole('link', { name: '147-KH/TU' });
    const target = (await dateLink.getAttribute('href'))!;
    expect(target).toMatch(/^\/ke-hoach\/tra-vinh-147-kh-tu\/#/u);
    const official = page.locator('.document-official a.external-link');
    await expect(official.getAttribute('href')).resolves.toMatch(
      /^https:\/\/tulieuvankien\.dangcongsan\.vn\/he-thong-van-ban\/van-ban-cua-dang\/chi-thi-so-05-cttw-/u,
    );
    await expect(page.locator('.document-official').innerText()).resolves.toContain('(trang ngoài)');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await dateLink.click();
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === target);
    const paragraph = await page.locator(`[id="${decodeURIComponent(target.split('#')[1]!)}"]`).innerText();
    expect(paragraph).toContain('Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị');
    expect(foreign).toEqual([]);
    await page.close();
  });

  test('a national document without a verified address says so', async () => {
    const page = await open('van-ban/01-kl-tw/', width);
    await expect(page.locator('.document-official').innerText()).resolves.toBe(
      'Trang chưa có địa chỉ toàn văn đã được kiểm chứng trên cổng văn bản của Đảng hoặc Chính phủ.',
    );
    await expect(page.locator('.document-subject').innerText()).resolves.toBe(
      'về tiếp tục thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
