import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { storageKey } from '../../src/lib/forms/draft';
import { useBuiltSite } from '../helpers/e2e';

/**
 * The fill-in page fills the "Bản để điền" of the Tây Ninh report, whose original prints
 * "năm 2020" and "tháng .../2020": it proposes the current year in Vietnam there.
 */
const env = useBuiltSite();
const ID = 'tay-ninh-28-kh-duk-bao-cao-to-dang';
const YEARS = ['Năm lập báo cáo', 'Năm báo cáo'];

/** A fresh browser whose clock reads `when` (Playwright's clock), on the fill-in page. */
async function openFill(when: string): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('close', () => context.close().catch(() => undefined));
  await page.clock.setFixedTime(new Date(when));
  const response = await page.goto(new URL(`bieu-mau/${ID}/dien/`, env.site.url).href);
  expect(response?.status()).toBe(200);
  await page.locator('[data-fill-actions]').waitFor({ state: 'visible' });
  return page;
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function downloadText(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải .docx đã điền' }).click(),
  ]);
  return (await mammoth.extractRawText({ buffer: readFileSync((await download.path())!) })).value;
}

describe('the fill-in page proposes the current year', () => {
  test('on 29/11/2026 every year field holds 2026, and the filled .docx holds it with no 2020', async () => {
    const page = await openFill('2026-11-29T09:00:00+07:00');
    for (const label of YEARS) {
      // "tháng .../2020" prints six times: every copy of the field shows the proposal.
      for (const input of await field(page, label).all()) expect(await input.inputValue()).toBe('2026');
    }
    // The page shows the corrected wording of the "Bản để điền".
    const text = await page.locator('[data-fill-form]').innerText();
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('phấn đấu');
    expect(text).not.toContain('2020');
    // Proposed, not typed: nothing is stored until the user types.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    await field(page, 'Tháng báo cáo').first().fill('11');
    const docx = await downloadText(page);
    expect(docx).toContain('năm 2026');
    expect(docx).toContain('tháng 11/2026');
    expect(docx).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(docx).not.toContain('2020');
    expect(docx).not.toContain('phân đấu');
    // Saved like the other values once the user typed.
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), storageKey(ID)))!) as Record<
      string,
      string
    >;
    expect(saved).toMatchObject({ 'Tháng báo cáo': '11', 'Năm lập báo cáo': '2026', 'Năm báo cáo': '2026' });
    await page.close();
  });

  test('the year is the date in Vietnam: 31/12/2026 at 20:00 in New York is already 2027', async () => {
    const page = await openFill('2026-12-31T20:00:00-05:00');
    expect(await field(page, 'Năm báo cáo').first().inputValue()).toBe('2027');
    await page.close();
  });

  test('a year the user changes or empties is kept, and not proposed again', async () => {
    const page = await openFill('2026-11-29T09:00:00+07:00');
    await field(page, 'Năm báo cáo').first().fill('2025');
    await field(page, 'Năm lập báo cáo').fill('');
    await page.reload();
    await page.locator('[data-fill-actions]').waitFor({ state: 'visible' });
    for (const input of await field(page, 'Năm báo cáo').all()) expect(await input.inputValue()).toBe('2025');
    expect(await field(page, 'Năm lập báo cáo').inputValue()).toBe('');
    const docx = await downloadText(page);
    expect(docx).toContain('tháng .../2025');
    expect(docx).toContain('năm .....');
    await page.close();
  });
});
