import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { measurePrecache } from '../../../scripts/bench/precache';
import { evaluateBudgets, renderMarkdown, type BenchRun, type SizeResult } from '../../../scripts/bench/report';
import { PRECACHE_GLOBS } from '../../../src/lib/offline/precache';

const MB = 1024 ** 2;

const size = (plans: number, precacheBytes: number | null): SizeResult => ({
  plans,
  ours: {
    wallMs: 1000,
    peakRssBytes: MB,
    dist: { bytes: MB, files: 10, htmlPages: 10, largestPage: { path: 'index.html', bytes: 1 }, pagefindBytes: 1 },
  },
  starlight: null,
  pageHtml: [],
  weights: { ours: [], starlight: [] },
  search: { ours: [], starlight: [] },
  lighthouse: null,
  precache:
    precacheBytes === null
      ? null
      : {
          files: 40,
          bytes: precacheBytes,
          unmatched: ['da-luu/index.html'],
          byGlob: [
            { glob: 'index.html', files: 1, bytes: 10 * 1024 },
            { glob: 'ke-hoach/index.html', files: 1, bytes: plans * 1024 },
          ],
        },
});
const run = (sizes: SizeResult[]): BenchRun => ({
  date: '2026-11-29',
  machine: 'test',
  versions: {},
  command: 'x',
  sizes,
});
const budget = (r: BenchRun, start: string) => evaluateBudgets(r).find((b) => b.name.startsWith(start));

describe('the precache budgets', () => {
  test('at most 1.5 MB at the smallest corpus', () => {
    expect(budget(run([size(5, 1.5 * MB)]), 'Precache at 5 plans ≤ 1.5 MB')?.met).toBe(true);
    expect(budget(run([size(5, 1.5 * MB + 1)]), 'Precache at 5 plans')?.met).toBe(false);
  });

  test('the same size at the largest corpus: at most 1.05× the smallest', () => {
    const grown = (bytes: number) => budget(run([size(5, 1_000_000), size(5000, bytes)]), 'Precache at 5000 plans');
    expect(grown(1_050_000)?.met).toBe(true);
    expect(grown(1_050_000)?.figure).toContain('(1.05×)');
    expect(grown(1_050_001)?.met).toBe(false);
  });

  test('runs without a precache figure (before offline reading) have no precache budget', () => {
    expect(evaluateBudgets(run([size(5, null), size(5000, null)])).some((b) => b.name.startsWith('Precache'))).toBe(
      false,
    );
  });

  test('BENCHMARKS.md tabulates files, bytes and the globs that matched nothing', () => {
    const markdown = renderMarkdown(run([size(5, 900 * 1024), size(5000, 950 * 1024)]));
    expect(markdown).toContain('## Offline precache');
    expect(markdown).toContain('| 5 | 40 | 900.0 KB | `da-luu/index.html` |');
    expect(markdown).toContain('| 5000 | 40 | 950.0 KB |');
    expect(markdown).toContain('| glob | 5 plans | 5000 plans |');
    expect(markdown).toContain('| `ke-hoach/index.html` | 5.0 KB (1) | 5000.0 KB (1) |');
  });
});

describe('measurePrecache', () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'so-tay-precache-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (file: string, bytes: number) => {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), 'x'.repeat(bytes));
  };

  test('counts the shell the globs name, not plan pages or search index chunks', async () => {
    write('index.html', 100);
    write('ke-hoach/index.html', 200);
    write('_astro/style.css', 30);
    write('icons/icon-192.png', 7);
    write('ke-hoach/mot-ke-hoach/index.html', 5000);
    write('ke-hoach/trang-2/index.html', 5000);
    write('pagefind/index/vi_abc.pf_index', 5000);
    const measured = await measurePrecache(dist);
    expect(measured.files).toBe(4);
    expect(measured.bytes).toBe(337);
    expect(measured.unmatched).toContain('tim-kiem/index.html');
    expect(measured.unmatched).not.toContain('index.html');
    expect(measured.unmatched.every((glob) => PRECACHE_GLOBS.includes(glob))).toBe(true);
    expect(measured.byGlob.map((share) => share.glob)).toEqual(PRECACHE_GLOBS);
    expect(measured.byGlob.find((share) => share.glob === 'ke-hoach/index.html')).toEqual({
      glob: 'ke-hoach/index.html',
      files: 1,
      bytes: 200,
    });
  });
});
