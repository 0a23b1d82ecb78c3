import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { PDFDocument } from 'pdf-lib';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DRAFT_FORMAT, DRAFT_MAX_BYTES, DRAFT_VERSION, draftText, storageKey } from '../../src/lib/forms/draft';
import { formParagraphs } from '../../src/lib/forms/model';
import { watchForeignRequests } from '../helpers/browser';
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
import { comparableText, readForms } from '../helpers/forms';

/**
 * Fill-in data is never lost: broken saved data, storage that refuses to save, characters
 * a .docx cannot hold, and drafts carried to another device as a file.
 */

const env = useBuiltSite();
const FORM = readForms().find((form) => form.id === 'tra-vinh-43-kh-duk-mau-01')!;
const KEY = storageKey(FORM.id);
const ASIDE_PREFIX = `${KEY}:hong:`;

const CORRUPT = 'Dữ liệu đã lưu bị hỏng; bản sao đã được giữ lại.';
const NOT_SAVED = 'Nội dung không được lưu trên thiết bị này';

/** A fresh browser profile (empty storage) on the form's fill-in page. */
async function openFill(
  options: { width?: number; init?: () => void } = {},
): Promise<{ page: Page; context: BrowserContext; foreign: string[] }> {
  const context = await env.browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    acceptDownloads: true,
  });
  if (options.init) await context.addInitScript(options.init);
  const page = await context.newPage();
  page.on('close', () => context.close().catch(() => undefined));
  const foreign = watchForeignRequests(page, env.site.url);
  await gotoFill(page, env, FORM.id);
  return { page, context, foreign };
}

/** Puts raw data under the form's key, then reloads, as if an earlier visit had saved it. */
async function reloadWithSaved(page: Page, raw: string): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, raw]);
  await reloadFill(page);
}

const asideCopies = async (page: Page) =>
  Object.entries(await storageEntries(page)).filter(([key]) => key.startsWith(ASIDE_PREFIX));

/** Clicks "Tải .docx đã điền" and returns the file's bytes. */
async function downloadDocx(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải .docx đã điền' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${FORM.id}-da-dien.docx`);
  return readFileSync((await download.path())!);
}

/** The .docx's text equals the form filled with `values`. */
async function expectDocxHolds(bytes: Buffer, values: Record<string, string>): Promise<void> {
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  expect(comparableText([value])).toBe(comparableText(formParagraphs(FORM.data.document, values)));
}

const alertBox = (page: Page) => page.getByRole('alert');

describe(`saved data on the fill-in page (${FORM.id})`, () => {
  test('corrupted saved data is kept aside under its own key, the user is told, and the first keystroke loses nothing', async () => {
    const { page, foreign } = await openFill();
    const [first] = await labelsOf(page);
    const raw = `{"${first}": "Giá trị đã gõ hôm qua", "`;
    await reloadWithSaved(page, raw);

    await expect.poll(() => alertBox(page).textContent()).toContain(CORRUPT);
    expect(await alertBox(page).isVisible()).toBe(true);
    expect((await asideCopies(page)).map(([, value]) => value)).toEqual([raw]);
    expect((await asideCopies(page))[0]![0]).toMatch(/:hong:\d{4}-\d{2}-\d{2}T[\d:.]+Z$/u);

    await field(page, first!).fill('Giá trị mới');
    // The copy is still there, untouched; the form's key now holds what was typed.
    expect((await asideCopies(page)).map(([, value]) => value)).toEqual([raw]);
    expect(JSON.parse((await storageEntries(page))[KEY]!)).toEqual({ [first!]: 'Giá trị mới' });

    // Saved data is sound again: no alert, no new copy, the copy stays.
    await reloadFill(page);
    expect(await alertBox(page).isVisible()).toBe(false);
    expect(await field(page, first!).inputValue()).toBe('Giá trị mới');
    expect(await asideCopies(page)).toHaveLength(1);
    expect(foreign).toEqual([]);
    await page.close();
  });

  test('of saved values partly not text, the text ones are kept and the others ignored with a message; the download works', async () => {
    const { page } = await openFill();
    const [first, second, third, fourth] = await labelsOf(page);
    const raw = JSON.stringify({ [first!]: 'Chi bộ Một', [second!]: 42, [third!]: { a: 1 } });
    await reloadWithSaved(page, raw);

    await expect.poll(() => alertBox(page).textContent()).toContain('không phải văn bản');
    const message = (await alertBox(page).textContent())!;
    expect(message).toContain(second);
    expect(message).toContain(third);
    expect(await field(page, first!).inputValue()).toBe('Chi bộ Một');
    expect(await field(page, second!).inputValue()).toBe('');
    expect((await asideCopies(page)).map(([, value]) => value)).toEqual([raw]);

    await expectDocxHolds(await downloadDocx(page), { [first!]: 'Chi bộ Một' });

    await field(page, fourth!).fill('Thêm một ô');
    expect(JSON.parse((await storageEntries(page))[KEY]!)).toEqual({
      [first!]: 'Chi bộ Một',
      [fourth!]: 'Thêm một ô',
    });
    await page.close();
  });

  test('saved data that cannot be copied aside is never written over: the page says so and saves nothing', async () => {
    const { page } = await openFill({
      init: () => {
        // Room for nothing new: the copy fails (the test's own write of the form's key still works).
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key: string, value: string) {
          if (key.includes(':hong:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          setItem.call(this, key, value);
        };
      },
    });
    const [first] = await labelsOf(page);
    const raw = `{"${first}": "Giá trị cũ"`;
    await reloadWithSaved(page, raw);
    await expect.poll(() => alertBox(page).textContent()).toContain('không giữ được bản sao');
    await field(page, first!).fill('Giá trị mới');
    expect(await field(page, first!).inputValue()).toBe('Giá trị mới');
    expect((await storageEntries(page))[KEY]).toBe(raw);
    expect(await page.locator('[data-fill-status]').textContent()).not.toContain('Đã lưu');
    await expectDocxHolds(await downloadDocx(page), { [first!]: 'Giá trị mới' });
    await page.close();
  });

  test('when storage is full, a visible message says nothing is saved; typing and downloading still work (at 360 px)', async () => {
    const { page } = await openFill({
      width: 360,
      init: () => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      },
    });
    const [first, second] = await labelsOf(page);
    expect(await alertBox(page).isVisible()).toBe(false);
    await field(page, first!).fill('Giá trị không lưu được');
    await field(page, second!).fill('Giá trị thứ hai');

    await expect.poll(() => alertBox(page).isVisible()).toBe(true);
    expect(await alertBox(page).textContent()).toContain(NOT_SAVED);
    expect(await page.locator('[data-fill-status]').textContent()).not.toContain('Đã lưu');
    expect(await field(page, first!).inputValue()).toBe('Giá trị không lưu được');
    await expectDocxHolds(await downloadDocx(page), {
      [first!]: 'Giá trị không lưu được',
      [second!]: 'Giá trị thứ hai',
    });
    // The message fits a phone and is accessible.
    await alertBox(page).scrollIntoViewIfNeeded();
    const box = (await alertBox(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  test('when storage is refused altogether, the page says so at once; typing and downloading still work', async () => {
    const { page } = await openFill({
      init: () => {
        Object.defineProperty(window, 'localStorage', {
          get: () => {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
      },
    });
    const [first] = await labelsOf(page);
    await expect.poll(() => alertBox(page).textContent()).toContain(NOT_SAVED);
    await field(page, first!).fill('Chỉ trong trang');
    expect(await field(page, first!).inputValue()).toBe('Chỉ trong trang');
    await expectDocxHolds(await downloadDocx(page), { [first!]: 'Chỉ trong trang' });
    await page.close();
  });
});

describe(`characters XML forbids (${FORM.id})`, () => {
  const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();

  test('are left out of the filled .docx, which stays well-formed and opens in LibreOffice', async () => {
    const { page } = await openFill();
    const [first] = await labelsOf(page);
    // Built in the page: a lone surrogate would not survive the trip through the test's protocol.
    await page.evaluate((label) => {
      const input = document.querySelector<HTMLInputElement>(`[data-field="${CSS.escape(label)}"]`)!;
      const c = String.fromCharCode;
      input.value = `Chi${c(1)} bộ${c(0xffff)} ${c(0xd800)}Một${c(0xfffe)} & <Hai>${c(0x1f)}`;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, first!);
    const bytes = await downloadDocx(page);

    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const parseError = await page.evaluate(
      (text) =>
        new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? null,
      xml,
    );
    expect(parseError).toBeNull();
    await expectDocxHolds(bytes, { [first!]: 'Chi bộ Một & <Hai>' });

    if (soffice) {
      const out = mkdtempSync(path.join(tmpdir(), 'so-tay-lo-fill-'));
      const docx = path.join(out, 'da-dien.docx');
      writeFileSync(docx, bytes);
      const result = spawnSync(
        soffice,
        [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, docx],
        { encoding: 'utf8' },
      );
      expect(result.status).toBe(0);
      const pdf = await PDFDocument.load(readFileSync(path.join(out, 'da-dien.pdf')));
      expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    }
    await page.close();
  });
});

describe(`draft files (${FORM.id})`, () => {
  test('a draft saved to a file on one device opens on another, replacing typed values only when the user agrees', async () => {
    const phone = await openFill({ width: 360 });
    const labels = await labelsOf(phone.page);
    const values = Object.fromEntries(labels.slice(0, 3).map((label, index) => [label, `Bản nháp ${index + 1}`]));
    for (const [label, value] of Object.entries(values)) await field(phone.page, label).fill(value);
    const { name, buffer } = await saveDraftFile(phone.page);
    expect(name).toBe(`${FORM.id}-ban-nhap.json`);
    expect(JSON.parse(buffer.toString('utf8'))).toEqual({
      format: DRAFT_FORMAT,
      version: DRAFT_VERSION,
      form: FORM.id,
      name: FORM.data.name,
      values,
    });
    await phone.page.close();

    // Another browser profile: nothing saved there.
    const office = await openFill();
    await openDraftFile(office.page, { name: 'ban-nhap.json', buffer });
    await expect.poll(() => field(office.page, labels[0]!).inputValue()).toBe('Bản nháp 1');
    for (const [label, value] of Object.entries(values))
      expect(await field(office.page, label).inputValue()).toBe(value);
    expect(await office.page.locator('[data-fill-status]').textContent()).toContain(
      'Đã mở bản nháp từ tệp ban-nhap.json',
    );
    await reloadFill(office.page);
    expect(await field(office.page, labels[1]!).inputValue()).toBe('Bản nháp 2');
    await expectDocxHolds(await downloadDocx(office.page), values);

    // Values typed since: opening the draft again asks first.
    await field(office.page, labels[0]!).fill('Sửa trên máy cơ quan');
    office.page.once('dialog', (dialog) => dialog.dismiss().catch(() => undefined));
    await openDraftFile(office.page, { name: 'ban-nhap.json', buffer });
    await office.page.waitForTimeout(200);
    expect(await field(office.page, labels[0]!).inputValue()).toBe('Sửa trên máy cơ quan');
    office.page.once('dialog', (dialog) => dialog.accept().catch(() => undefined));
    await openDraftFile(office.page, { name: 'ban-nhap.json', buffer });
    await expect.poll(() => field(office.page, labels[0]!).inputValue()).toBe('Bản nháp 1');
    expect(office.foreign).toEqual([]);
    await office.page.close();
  });

  test.each([
    {
      what: "another form's draft",
      buffer: Buffer.from(draftText('tra-vinh-43-kh-duk-mau-02', 'Mẫu số 02', { Ngày: '01' })),
      message: 'đây là bản nháp của biểu mẫu khác (Mẫu số 02)',
    },
    {
      what: 'a file that is not JSON',
      buffer: Buffer.from('Tên chi bộ: Chi bộ 1\n'),
      message: 'không đọc được dữ liệu JSON',
    },
    {
      what: 'JSON that is not a draft',
      buffer: Buffer.from('{"Họ và tên Bí thư": "Nguyễn Văn A"}'),
      message: 'đây không phải tệp bản nháp biểu mẫu do trang này lưu',
    },
    {
      what: 'a file too big to be a draft',
      buffer: Buffer.alloc(DRAFT_MAX_BYTES + 1, 0x20),
      message: 'tệp quá lớn, không phải bản nháp biểu mẫu (bản nháp không quá 16\u00a0MB)',
    },
  ])('$what is refused with a clear message, and the values stay', async ({ buffer, message }) => {
    const { page } = await openFill();
    const [first] = await labelsOf(page);
    await field(page, first!).fill('Đang điền');
    page.once('dialog', (dialog) => dialog.accept().catch(() => undefined));
    await openDraftFile(page, { name: 'tep-sai.json', buffer });
    await expect.poll(() => alertBox(page).textContent()).toContain(message);
    expect(await alertBox(page).textContent()).toContain('Không mở được tệp tep-sai.json');
    expect(await alertBox(page).isVisible()).toBe(true);
    expect(await field(page, first!).inputValue()).toBe('Đang điền');
    expect(JSON.parse((await storageEntries(page))[KEY]!)).toEqual({ [first!]: 'Đang điền' });
    await page.close();
  });
});
