import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import mammoth from 'mammoth';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formParagraphs } from '../../src/lib/forms/model';
import { fillableDocument, yearFieldLabels } from '../../src/lib/forms/edits';
import { launchChromium, watchForeignRequests } from '../helpers/browser';
import { dist, requireBuilt } from '../helpers/dist';
import { comparableText, readForms } from '../helpers/forms';
import { serveStatic, type StaticSite } from '../helpers/static-server';

const forms = readForms();
let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  browser = await launchChromium();
  site = await serveStatic(requireBuilt(dist));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A4 less the Party margins (30 mm + 15 mm, 20 mm + 20 mm), in CSS pixels. */
const PX_PER_MM = 96 / 25.4;
const CONTENT_WIDTH = 165 * PX_PER_MM;
const CONTENT_HEIGHT = 257 * PX_PER_MM;

async function open(path: string, width = 1280): Promise<{ page: Page; foreign: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  // The browser may already be closing (afterAll): a context that cannot close is no failure.
  page.on('close', () => context.close().catch(() => undefined));
  const foreign = watchForeignRequests(page, site.url);
  const response = await page.goto(new URL(path, site.url).href);
  expect(response?.status()).toBe(200);
  await page.evaluate(() => document.fonts.ready);
  return { page, foreign };
}

/**
 * Lays the page out as print does, on a viewport as wide as A4's content box, and returns
 * how far any element of the form reaches past its right edge (0 when nothing is cut),
 * and how many pages its height needs at least.
 */
async function printLayout(page: Page): Promise<{ overflow: number; minPages: number }> {
  await page.setViewportSize({ width: Math.floor(CONTENT_WIDTH), height: Math.floor(CONTENT_HEIGHT) });
  await page.emulateMedia({ media: 'print' });
  const { right, height } = await page.evaluate(() => {
    const elements = [...document.querySelectorAll('[data-form-document], [data-form-document] *')];
    return {
      right: Math.max(
        ...elements.map((element) => element.getBoundingClientRect().right),
        document.documentElement.scrollWidth,
      ),
      height: document.documentElement.scrollHeight,
    };
  });
  return { overflow: Math.max(0, right - Math.floor(CONTENT_WIDTH)), minPages: Math.ceil(height / CONTENT_HEIGHT) };
}

async function pdfPages(page: Page): Promise<{ count: number; width: number; height: number }> {
  const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const { width, height } = pdf.getPages()[0]!.getSize();
  return { count: pdf.getPageCount(), width, height };
}

describe.each(forms)('form $id in Chromium', ({ id, data }) => {
  // The guide prints the "Bản để điền"; the original's page prints the original.
  test.each([`bieu-mau/${id}/`, `bieu-mau/${id}/ban-goc/`])(
    '%s prints on A4, with the pages its height needs and nothing cut at the right edge',
    async (path) => {
      const { page, foreign } = await open(path);
      const { overflow, minPages } = await printLayout(page);
      expect(overflow).toBeLessThanOrEqual(0.5);
      const pdf = await pdfPages(page);
      expect(Math.abs(pdf.width - 595.9)).toBeLessThan(1.5);
      expect(Math.abs(pdf.height - 842.9)).toBeLessThan(1.5);
      // Page breaks kept out of headings and the signature may add one page, never more.
      expect(pdf.count).toBeGreaterThanOrEqual(minPages);
      expect(pdf.count).toBeLessThanOrEqual(minPages + 1);
      // The guide itself does not print: only the form.
      expect(await page.locator('.form-guide').isVisible()).toBe(false);
      expect(await page.locator('[data-form-document]').isVisible()).toBe(true);
      expect(foreign).toEqual([]);
      await page.close();
    },
  );

  test('guide, original and fill-in pages have no serious or critical accessibility violation, and fit 360 px', async () => {
    for (const path of [`bieu-mau/${id}/`, `bieu-mau/${id}/ban-goc/`, `bieu-mau/${id}/dien/`]) {
      const { page } = await open(path, 360);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  test('fill in: type, reload and find the values, print, download the filled .docx, clear', async () => {
    const { page, foreign } = await open(`bieu-mau/${id}/dien/`);
    const fields = page.locator('[data-field]');
    const labels = [
      ...new Set(await fields.evaluateAll((all) => all.map((field) => (field as HTMLElement).dataset.field!))),
    ];
    // One value per distinct label, typed into its first field, as a user would.
    const values: Record<string, string> = {};
    for (const [index, label] of labels.entries()) {
      values[label] = `Giá trị ${index + 1} đã điền`;
      await page.getByLabel(label, { exact: true }).first().fill(values[label]!);
    }

    await page.reload();
    for (const label of labels) {
      for (const field of await page.getByLabel(label, { exact: true }).all())
        expect(await field.inputValue()).toBe(values[label]);
    }

    // "Tải .docx đã điền": docx loads only now, and the file holds the typed values.
    const scriptsBefore = await page.evaluate(
      () => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).length,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải .docx đã điền' }).click(),
    ]);
    const scriptsAfter = await page.evaluate(
      () => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).length,
    );
    expect(scriptsAfter).toBeGreaterThan(scriptsBefore);
    expect(download.suggestedFilename()).toBe(`${id}-da-dien.docx`);
    const { value } = await mammoth.extractRawText({ buffer: readFileSync((await download.path())!) });
    // The fill-in page fills the "Bản để điền".
    expect(comparableText([value])).toBe(comparableText(formParagraphs(fillableDocument(data), values)));

    // "In": the filled form prints on A4 with the values and without the page's controls.
    const { overflow } = await printLayout(page);
    expect(overflow).toBeLessThanOrEqual(0.5);
    expect(await page.locator('[data-fill-actions]').isVisible()).toBe(false);
    const firstLabel = labels[0]!;
    // On paper a filled field shows its value as text that wraps, not the one-line input.
    expect(await page.getByLabel(firstLabel, { exact: true }).first().isVisible()).toBe(false);
    expect(await page.locator('[data-print-value]', { hasText: values[firstLabel]! }).first().isVisible()).toBe(true);
    const pdf = await pdfPages(page);
    expect(pdf.count).toBeGreaterThanOrEqual(1);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });

    // "Xóa": nothing happens when the user cancels; everything goes when they confirm.
    page.once('dialog', (dialog) => dialog.dismiss().catch(() => undefined));
    await page.getByRole('button', { name: 'Xóa' }).click();
    expect(await page.getByLabel(firstLabel, { exact: true }).first().inputValue()).toBe(values[firstLabel]);
    page.once('dialog', (dialog) => dialog.accept().catch(() => undefined));
    await page.getByRole('button', { name: 'Xóa' }).click();
    // As on a first visit: every field empty but the year fields, which propose the current
    // year again; nothing is stored until the user types.
    const years = new Set(yearFieldLabels(data.edits));
    const year = await page.evaluate(() =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()),
    );
    const expectCleared = async () => {
      for (const field of await fields.all()) {
        const label = (await field.getAttribute('data-field'))!;
        expect(await field.inputValue()).toBe(years.has(label) ? year : '');
      }
    };
    await expectCleared();
    await page.reload();
    await expectCleared();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(foreign).toEqual([]);
    await page.close();
  });
});
