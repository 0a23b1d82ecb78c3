// Lighthouse with its default (mobile) preset, in Debian's Chromium: the scores a phone
// reader's experience is judged by.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../tests/helpers/browser.ts';

export interface LighthouseScores {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Audits that cost points, for finding the cause of a missed budget. */
  failing: string[];
}

// Lighthouse's launcher wants the new headless mode spelled out.
const FLAGS = [...CHROMIUM_FLAGS.filter((flag) => flag !== '--headless'), '--headless=new'];

export async function runLighthouse(urls: string[]): Promise<LighthouseScores[]> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'silent' });
  const results: LighthouseScores[] = [];
  try {
    for (const url of urls) {
      const runner = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = runner.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const failing = Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual')
        .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      results.push({
        url,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        failing,
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
