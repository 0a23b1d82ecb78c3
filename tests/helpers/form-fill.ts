import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { BuiltSite } from './e2e';

/** The fill-in page as its user meets it: fields by label, the draft buttons, the messages. */

/** Goes to a form's fill-in page and waits for its script (the buttons show once it has run). */
export async function gotoFill(page: Page, env: BuiltSite, formId: string): Promise<void> {
  const response = await page.goto(new URL(`bieu-mau/${formId}/dien/`, env.site.url).href);
  expect(response?.status()).toBe(200);
  await page.locator('[data-fill-actions]').waitFor({ state: 'visible' });
}

/** Reloads the fill-in page and waits for its script. */
export async function reloadFill(page: Page): Promise<void> {
  await page.reload();
  await page.locator('[data-fill-actions]').waitFor({ state: 'visible' });
}

/** The first field with this label (fields sharing a label share one value). */
export const field = (page: Page, label: string) => page.getByLabel(label, { exact: true }).first();

/** The distinct field labels, in page order. */
export async function labelsOf(page: Page): Promise<string[]> {
  const all = await page
    .locator('[data-field]')
    .evaluateAll((fields) => fields.map((element) => (element as HTMLElement).dataset.field!));
  return [...new Set(all)];
}

/** Every localStorage entry of the page's origin. */
export const storageEntries = (page: Page): Promise<Record<string, string | null>> =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));

/** Clicks "Lưu bản nháp ra tệp" and returns the downloaded file's name and bytes. */
export async function saveDraftFile(page: Page): Promise<{ name: string; buffer: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Lưu bản nháp ra tệp' }).click(),
  ]);
  return { name: download.suggestedFilename(), buffer: readFileSync((await download.path())!) };
}

/**
 * Clicks "Mở bản nháp từ tệp" and picks a file, as a user does. Files of megabytes go
 * through a temporary file: handing Chromium the path is much faster than the bytes.
 */
export async function openDraftFile(page: Page, file: { name: string; buffer: Buffer }): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Mở bản nháp từ tệp' }).click(),
  ]);
  if (file.buffer.length < 1024 * 1024) {
    await chooser.setFiles({ name: file.name, mimeType: 'application/json', buffer: file.buffer });
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'so-tay-draft-'));
  writeFileSync(path.join(dir, file.name), file.buffer);
  try {
    await chooser.setFiles(path.join(dir, file.name));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
