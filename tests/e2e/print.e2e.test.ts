import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../helpers/e2e';
import { readForms } from '../helpers/forms';
import { filedPrintProblems, flat, lastWords, pdfPageTexts, pdftotext } from '../helpers/pdf-text';
import { readPlanSources } from '../helpers/plans';

/**
 * Print that looks filed (issue 15): plans and forms print on A4 numbered from page 2, the
 * signature block never alone on its page, notes after it, and every typed value whole.
 */

const env = useBuiltSite();

async function open(path: string): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('close', () => context.close().catch(() => undefined));
  const response = await page.goto(new URL(path, env.site.url).href);
  expect(response?.status()).toBe(200);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** The page as the browser prints it (A4, the page's own margins), one text per sheet. */
async function printed(page: Page, options: { layout?: boolean } = {}): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  return pdfPageTexts(await page.pdf({ preferCSSPageSize: true, printBackground: true }), options);
}

/** What the document itself says ends its body and signs it, read from the page. */
async function documentParts(page: Page, document: string) {
  const bodyEnd = lastWords(await page.locator(`${document} .doc-body:not(.doc-notes) > :last-child`).innerText());
  // Not every document is signed (the outline of a report is not).
  const signed = page.locator(`${document} .doc-signature`);
  const signature = (await signed.count()) > 0 ? (await signed.innerText()).split('\n') : [];
  const notes = page.locator(`${document} [data-footnotes] li`).first();
  return {
    bodyEnd,
    signature,
    notes: (await notes.count()) > 0 ? flat(await notes.innerText()).slice(0, 40) : undefined,
  };
}

describe.skipIf(!pdftotext)('printing in Chromium', () => {
  test.each(readPlanSources())('plan $id prints as filed', async ({ id }) => {
    const page = await open(`ke-hoach/${id}/`);
    const parts = await documentParts(page, 'article.document');
    const pages = await printed(page);
    expect(pages.length).toBeGreaterThan(1);
    expect(filedPrintProblems(pages, parts)).toEqual([]);
    await page.close();
  });

  test.each(readForms())('form $id prints as filed', async ({ id }) => {
    const page = await open(`bieu-mau/${id}/`);
    const pages = await printed(page);
    expect(filedPrintProblems(pages, await documentParts(page, '[data-form-document]'))).toEqual([]);
    await page.close();
  });

  test('a filled form prints every typed value whole: a long model name, a long chi bộ name, a long answer', async () => {
    const values = {
      'Tên mô hình':
        'Cán bộ, đảng viên Văn phòng Sở Nội vụ tỉnh Trà Vinh gương mẫu, tận tụy, sáng tạo, gần dân, vì dân, phục vụ nhân dân',
      'Tên chi bộ (hoặc đảng ủy)': 'CHI BỘ VĂN PHÒNG SỞ NỘI VỤ VÀ TRUNG TÂM LƯU TRỮ LỊCH SỬ TỈNH TRÀ VINH',
    };
    expect([...values['Tên mô hình']].length).toBe(115);
    const page = await open('bieu-mau/tra-vinh-43-kh-duk-mau-01/dien/');
    for (const [label, value] of Object.entries(values))
      await page.getByLabel(label, { exact: true }).first().fill(value);
    const text = flat((await printed(page, { layout: false })).join(' '));
    for (const value of Object.values(values)) expect(text).toContain(value);
    await page.close();

    const answer = Array.from(
      { length: 6 },
      (_, index) =>
        `Ý kiến thứ ${index + 1}: chi bộ đã triển khai học tập chuyên đề đến toàn thể đảng viên đúng kế hoạch.`,
    ).join(' ');
    const outline = await open('bieu-mau/quang-nam-59-kh-duk-de-cuong-so-ket/dien/');
    await outline.getByLabel('I- Đặc điểm tình hình', { exact: true }).fill(answer);
    expect(flat((await printed(outline, { layout: false })).join(' '))).toContain(answer);
    await outline.close();
  });
});
