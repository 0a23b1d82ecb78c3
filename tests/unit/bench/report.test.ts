import { describe, expect, test } from 'vitest';
import {
  evaluateBudgets,
  renderMarkdown,
  type BenchRun,
  type BuildResult,
  type SizeResult,
} from '../../../scripts/bench/report';
import type { PageWeight } from '../../../scripts/bench/page-weight';
import { medianRun, type LighthouseScores } from '../../../scripts/bench/lighthouse';

const build = (wallMs: number, htmlPages: number): BuildResult => ({
  wallMs,
  peakRssBytes: 500 * 1024 ** 2,
  dist: {
    bytes: htmlPages * 50_000,
    files: htmlPages * 2,
    htmlPages,
    largestPage: { path: 'ke-hoach/index.html', bytes: 90_000 },
    pagefindBytes: 1_000_000,
  },
});
const weight = (jsBytes: number, searchRequests = 0): PageWeight => ({
  url: 'http://127.0.0.1/',
  htmlBytes: 10_000,
  jsBytes,
  cssBytes: 3_000,
  totalBytes: 20_000,
  requests: 3,
  searchRequests,
});
const scores = (performance: number): LighthouseScores => ({
  url: 'x',
  performance,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  failing: [],
});

function size(
  plans: number,
  options: Partial<{
    planHtml: number;
    wallMs: number;
    pages: number;
    starlightMs: number;
    planJs: number;
    searchBytes: number;
    searchMs: number | null;
    performance: number;
  }> = {},
): SizeResult {
  return {
    plans,
    ours: build(options.wallMs ?? plans * 10, options.pages ?? plans * 2),
    starlight: options.starlightMs ? build(options.starlightMs, plans) : null,
    pageHtml: [{ kind: 'plan', value: options.planHtml ?? 90_000 }],
    weights: {
      ours: [
        { kind: 'plan', value: weight(options.planJs ?? 700) },
        { kind: 'search', value: weight(16_000, 5) },
      ],
      starlight: [],
    },
    search: {
      ours: [
        {
          query: 'đại đoàn kết',
          bytes: options.searchBytes ?? 140_000,
          ms: options.searchMs === undefined ? 300 : options.searchMs,
          keystrokes: [],
          files: [],
        },
      ],
      starlight: [],
    },
    lighthouse:
      options.performance === undefined
        ? null
        : { ours: [{ kind: 'plan', value: scores(options.performance) }], starlight: [] },
  };
}
const run = (sizes: SizeResult[]): BenchRun => ({
  date: '2026-11-22',
  machine: 'test',
  versions: { astro: '7' },
  command: 'npm run bench',
  sizes,
});
const budget = (r: BenchRun, start: string) => evaluateBudgets(r).find((b) => b.name.startsWith(start));

describe('benchmark budgets', () => {
  test('all met when every figure is inside its budget', () => {
    const budgets = evaluateBudgets(
      run([size(5, { performance: 100 }), size(500), size(5000, { starlightMs: 500_000, performance: 96 })]),
    );
    expect(budgets.length).toBeGreaterThanOrEqual(8);
    expect(budgets.filter((b) => b.met === false)).toEqual([]);
  });

  test('a reading page with more than 10 KB of JavaScript misses the budget, named', () => {
    const b = budget(run([size(5), size(500, { planJs: 10 * 1024 + 1 })]), 'Reading pages');
    expect(b?.met).toBe(false);
    expect(b?.figure).toContain('plan, 500 plans');
  });

  test('the search page may load search code; a reading page may not', () => {
    const r = run([size(5)]);
    expect(budget(r, 'Search code loads')?.met).toBe(true);
    r.sizes[0]!.weights.ours[0]!.value.searchRequests = 2;
    expect(budget(r, 'Search code loads')?.met).toBe(false);
  });

  test('a plan page that grows more than 10 % with the corpus misses', () => {
    expect(budget(run([size(5), size(5000, { planHtml: 99_000 })]), 'Plan page HTML')?.met).toBe(true);
    expect(budget(run([size(5), size(5000, { planHtml: 99_001 })]), 'Plan page HTML')?.met).toBe(false);
  });

  test('time per page growing more than 1.5× from the middle to the largest corpus is not linear', () => {
    const linear = run([
      size(5),
      size(500, { wallMs: 10_000, pages: 1000 }),
      size(5000, { wallMs: 150_000, pages: 10_000 }),
    ]);
    expect(budget(linear, 'Build time linear')?.met).toBe(true);
    const quadratic = run([
      size(5),
      size(500, { wallMs: 10_000, pages: 1000 }),
      size(5000, { wallMs: 151_000, pages: 10_000 }),
    ]);
    expect(budget(quadratic, 'Build time linear')?.met).toBe(false);
  });

  test('the build must take at most a quarter of Starlight’s', () => {
    expect(budget(run([size(5), size(5000, { wallMs: 100_000, starlightMs: 400_000 })]), 'Build at 5000')?.met).toBe(
      true,
    );
    expect(budget(run([size(5), size(5000, { wallMs: 100_001, starlightMs: 400_000 })]), 'Build at 5000')?.met).toBe(
      false,
    );
  });

  test('Lighthouse performance below 95 misses', () => {
    expect(budget(run([size(5, { performance: 94 })]), 'Lighthouse mobile, plan')?.met).toBe(false);
  });

  test('first search over 170 KB, over 0.5 s or without results misses', () => {
    expect(budget(run([size(5000, { searchBytes: 170 * 1024 + 1 })]), 'First search')?.met).toBe(false);
    expect(budget(run([size(5000, { searchMs: 501 })]), 'First results')?.met).toBe(false);
    expect(budget(run([size(5000, { searchMs: null })]), 'First results')?.figure).toContain('no results');
  });
});

describe('BENCHMARKS.md', () => {
  test('names machine, versions and date, and tabulates every corpus size', () => {
    const markdown = renderMarkdown(run([size(5, { performance: 100 }), size(5000, { starlightMs: 500_000 })]));
    expect(markdown).toContain('2026-11-22');
    expect(markdown).toContain('astro 7');
    expect(markdown).toMatch(/\| 5000 \| this site \| 50\.0 s \|/u);
    expect(markdown).toMatch(/\| 5000 \| Starlight \| 500\.0 s \|/u);
    expect(markdown).toContain('| 5000 | 0.10× |');
  });
});

describe('medianRun', () => {
  const run = (performance: number, seo = 100): LighthouseScores => ({
    url: 'u',
    performance,
    accessibility: 100,
    bestPractices: 100,
    seo,
    failing: [],
  });

  test('reports the run with the median performance score, and every score', () => {
    const median = medianRun([run(90, 91), run(100, 92), run(97, 93)]);
    expect(median.performance).toBe(97);
    expect(median.seo).toBe(93);
    expect(median.performanceRuns).toEqual([90, 100, 97]);
  });

  test('takes the lower middle of an even count, and refuses no runs', () => {
    expect(medianRun([run(99), run(90)]).performance).toBe(90);
    expect(() => medianRun([])).toThrow(/no Lighthouse runs/u);
  });
});
