import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { storageKey } from '../../src/lib/forms/draft';
import { seriousViolations, useBuiltSite } from '../helpers/e2e';
import {
  field,
  gotoFill,
  labelsOf,
  openDraftFile,
  reloadFill,
  saveDraftFile,
  storageEntries,
} from '../helpers/form-fill';

/**
 * One form open in two tabs of one browser (one profile, one localStorage): every
 * keystroke of both is kept, each tab follows the other, and when both change a field
 * the tab whose value went says so. And a draft as big as a long report, saved with the
 * real download, opens again through the real file input.
 */

const env = useBuiltSite();
const FORM_ID = 'tra-vinh-43-kh-duk-mau-01';
const KEY = storageKey(FORM_ID);
const SHOTS = '/tmp/shots/h23-fill';

interface Tabs {
  context: BrowserContext;
  a: Page;
  b: Page;
}

/**
 * Tab B opened first, then tab A, on the form. `deafB`: tab B is not told of A's saves (its
 * `storage` events stop before the page's script), as a tab is that has not heard yet.
 */
async function openTabs(options: { width?: number; deafB?: boolean } = {}): Promise<Tabs> {
  const context = await env.browser.newContext({ viewport: { width: options.width ?? 1280, height: 800 } });
  const b = await context.newPage();
  if (options.deafB) {
    await b.addInitScript(() =>
      window.addEventListener('storage', (event) => event.stopImmediatePropagation(), { capture: true }),
    );
  }
  await gotoFill(b, env, FORM_ID);
  const a = await context.newPage();
  await gotoFill(a, env, FORM_ID);
  return { context, a, b };
}

const saved = async (page: Page): Promise<Record<string, string>> =>
  JSON.parse((await storageEntries(page))[KEY] ?? '{}') as Record<string, string>;

const notice = (page: Page) => page.locator('[data-fill-notice-text]');

describe(`one form in two tabs (${FORM_ID})`, () => {
  test('B opened, A types "Ngày", B types "Tháng": after a reload both values are there, in both tabs', async () => {
    const { context, a, b } = await openTabs();
    await field(a, 'Ngày').fill('05');
    await field(b, 'Tháng').fill('12');
    expect(await saved(a)).toEqual({ Ngày: '05', Tháng: '12' });
    for (const page of [a, b]) {
      await reloadFill(page);
      expect(await field(page, 'Ngày').inputValue()).toBe('05');
      expect(await field(page, 'Tháng').inputValue()).toBe('12');
    }
    await context.close();
  });

  test("a tab that has not heard of the other's save yet merges into storage, never writes its stale values", async () => {
    const { context, a, b } = await openTabs({ deafB: true });
    await field(a, 'Ngày').fill('05');
    // B still shows its stale picture of the form…
    expect(await field(b, 'Ngày').inputValue()).toBe('');
    await field(b, 'Tháng').fill('12');
    // …but writes only its own change, and shows what it merged.
    expect(await saved(a)).toEqual({ Ngày: '05', Tháng: '12' });
    expect(await field(b, 'Ngày').inputValue()).toBe('05');
    await reloadFill(a);
    expect(await field(a, 'Ngày').inputValue()).toBe('05');
    expect(await field(a, 'Tháng').inputValue()).toBe('12');
    await context.close();
  });

  test('what one tab types shows in the other at once, text boxes and emptied fields included; "Xóa" clears both', async () => {
    const { context, a, b } = await openTabs();
    const labels = await labelsOf(a);
    const box = labels.find((label) => label.startsWith('I- '))!;
    await field(a, 'Tên chi bộ (hoặc đảng ủy)').fill('Chi bộ Ấp Một');
    await field(a, box).fill('Dòng một\nDòng hai');
    await expect.poll(() => field(b, 'Tên chi bộ (hoặc đảng ủy)').inputValue()).toBe('Chi bộ Ấp Một');
    await expect.poll(() => field(b, box).inputValue()).toBe('Dòng một\nDòng hai');
    // The print copy follows too.
    expect(await b.locator(`[data-field="${box}"] + [data-print-value]`).textContent()).toBe('Dòng một\nDòng hai');
    await field(b, 'Tên chi bộ (hoặc đảng ủy)').fill('');
    await expect.poll(() => field(a, 'Tên chi bộ (hoặc đảng ủy)').inputValue()).toBe('');
    expect(await saved(a)).toEqual({ [box]: 'Dòng một\nDòng hai' });

    b.once('dialog', (dialog) => dialog.accept().catch(() => undefined));
    await b.getByRole('button', { name: 'Xóa', exact: true }).click();
    await expect.poll(() => field(a, box).inputValue()).toBe('');
    await expect.poll(() => notice(a).textContent()).toContain('vừa được xóa ở một thẻ khác');
    await context.close();
  });

  test('both tabs change "Ngày": the latest value stays, and the tab whose value went is told, with that value', async () => {
    const { context, a, b } = await openTabs({ width: 360 });
    await field(a, 'Ngày').fill('05');
    await expect.poll(() => field(b, 'Ngày').inputValue()).toBe('05');
    await field(b, 'Ngày').fill('07');
    await expect.poll(() => field(a, 'Ngày').inputValue()).toBe('07');
    const told = (await notice(a).textContent())!;
    expect(told).toContain('Ô “Ngày” vừa được sửa ở một thẻ khác của trình duyệt');
    expect(told).toContain('giá trị bạn đã gõ ở thẻ này là: “05”');
    // B typed over the value it saw: nothing of B's went, B is not told.
    expect(await notice(b).textContent()).toBe('');
    expect(await saved(a)).toEqual({ Ngày: '07' });

    // A polite message, in view over the form, that fits a phone and can be closed.
    expect(await notice(a).getAttribute('role')).toBe('status');
    await field(a, 'IV- Tổ chức thực hiện').focus();
    mkdirSync(SHOTS, { recursive: true });
    await a.screenshot({ path: `${SHOTS}/conflict-360-scrolled.png` });
    const box = (await a.locator('[data-fill-notice]').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await a.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(a)).toEqual([]);
    await a.getByRole('button', { name: 'Đóng thông báo' }).click();
    expect(await notice(a).textContent()).toBe('');
    expect(await a.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('IV- Tổ chức thực hiện');
    await context.close();
  });

  test('both change "Ngày" before either has heard: the keystroke saved last stays, and both tabs are told', async () => {
    const { context, a, b } = await openTabs({ width: 360, deafB: true });
    await field(a, 'Ngày').fill('05');
    await field(b, 'Ngày').fill('09');
    expect(await saved(a)).toEqual({ Ngày: '09' });
    expect(await notice(b).textContent()).toContain(
      'Ô “Ngày” cũng vừa được sửa ở một thẻ khác của trình duyệt. Trang giữ giá trị bạn vừa gõ ở thẻ này, thay cho giá trị ở thẻ kia: “05”.',
    );
    await expect.poll(() => field(a, 'Ngày').inputValue()).toBe('09');
    expect(await notice(a).textContent()).toContain('giá trị bạn đã gõ ở thẻ này là: “05”');
    mkdirSync(SHOTS, { recursive: true });
    await b.screenshot({ path: `${SHOTS}/conflict-360-kept-here.png` });
    await a.screenshot({ path: `${SHOTS}/conflict-360-replaced.png` });
    await context.close();
  });
});

describe(`a draft as big as a long report (${FORM_ID})`, () => {
  test('a 1.9 MB draft saved with the download opens again through the file input, on another device', async () => {
    const context = await env.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await gotoFill(page, env, FORM_ID);
    // Typed into every field, as a long report would be (mostly letters UTF-8 writes in 2 or 3 bytes).
    const values = await page.evaluate(() => {
      const paragraph =
        'Chi bộ đã tổ chức cho đảng viên học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. ';
      const result: Record<string, string> = {};
      const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-field]')];
      for (const [index, element] of fields.entries()) {
        const label = element.dataset.field!;
        element.value = `${index + 1}. ${paragraph.repeat(Math.ceil(100_000 / paragraph.length))}`;
        element.dispatchEvent(new Event('input', { bubbles: true }));
        result[label] = element.value;
      }
      return result;
    });
    const draft = await saveDraftFile(page);
    expect(draft.buffer.length).toBeGreaterThanOrEqual(1.9 * 1024 * 1024);
    await context.close();

    const office = await env.browser.newContext();
    const other = await office.newPage();
    await gotoFill(other, env, FORM_ID);
    await openDraftFile(other, draft);
    // Megabytes through the file input, parsed and saved: a moment.
    await expect
      .poll(() => other.locator('[data-fill-status]').textContent(), { timeout: 20_000 })
      .toContain('Đã mở bản nháp từ tệp');
    expect(await other.locator('[data-fill-alert]').isVisible()).toBe(false);
    for (const [label, value] of Object.entries(values)) expect(await field(other, label).inputValue()).toBe(value);
    expect(await saved(other)).toEqual(values);
    await office.close();
  });

  test('a draft bigger than the page opens is not written: the page says so, and the values stay', async () => {
    const context = await env.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await gotoFill(page, env, FORM_ID);
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    // Over 16 MB as UTF-8 (three bytes a letter, in words: Chromium lays out one endless word
    // very slowly), more than storage holds, so nothing is saved either.
    await page.evaluate(() => {
      for (const element of document.querySelectorAll<HTMLInputElement>('[data-field]')) {
        element.value = 'ệệệệệệ '.repeat(60_000);
        element.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await page.getByRole('button', { name: 'Lưu bản nháp ra tệp' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Không lưu được bản nháp ra tệp: nội dung đã điền quá lớn (bản nháp không quá 16\u00a0MB');
    await page.waitForTimeout(500);
    expect(downloads).toEqual([]);
    expect(await page.locator('[data-field]').first().inputValue()).toHaveLength(420_000);
    await context.close();
  });
});
