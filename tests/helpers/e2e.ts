import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { dist, requireBuilt } from './dist';
import { serveStatic, type StaticSite } from './static-server';

export interface BuiltSite {
  browser: Browser;
  site: StaticSite;
}

/** One Chromium and the built site served on 127.0.0.1 for the test file that calls it. */
export function useBuiltSite(dir: string = dist): BuiltSite {
  const env = {} as BuiltSite;
  beforeAll(async () => {
    env.browser = await launchChromium();
    env.site = await serveStatic(requireBuilt(dir));
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/** axe-core's serious and critical WCAG 2.2 AA violations on the page, as "rule: targets". */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
