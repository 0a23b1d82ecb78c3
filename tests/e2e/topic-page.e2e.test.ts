import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { seriousViolations, useBuiltSite } from '../helpers/e2e';

const env = useBuiltSite();
const topics = ['chuyen-de-2020-dai-doan-ket', 'so-ket-tong-ket-chi-thi-05', 'mo-hinh-dien-hinh-tien-tien'];

async function open(path: string, width: number): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  page.on('close', () => context.close().catch(() => undefined));
  const response = await page.goto(new URL(path, env.site.url).href);
  expect(response?.status()).toBe(200);
  return page;
}

describe.each(topics)('topic %s in Chromium', (id) => {
  const path = `chuyen-de/${id}/`;

  test.each([360, 1280])('at %i px: title first, no sideways scrolling, no serious axe violation', async (width) => {
    const page = await open(path, width);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const h1 = (await page.locator('h1').boundingBox())!;
    expect(h1.y + h1.height).toBeLessThan(800);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  test.each([360, 1280])(
    'at %i px: the index leads to each part, and a section link opens the plan at that paragraph',
    async (width) => {
      const page = await open(path, width);
      const parts = await page
        .locator('.topic-parts a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(parts).toContain('#ke-hoach-thuc-hien');
      expect(parts).toContain('#moc-thoi-gian');
      for (const part of parts) await expect(page.locator(part!).count()).resolves.toBe(1);
      const section = page.locator('.topic-sections a').first();
      const href = (await section.getAttribute('href'))!;
      await section.click();
      await page.waitForURL((url) => url.hash === `#${href.split('#')[1]}`);
      expect(new URL(page.url()).pathname).toBe(new URL(href, page.url()).pathname);
      const target = page.locator(`#${href.split('#')[1]}`);
      const box = (await target.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(800);
      await page.close();
    },
  );
});
