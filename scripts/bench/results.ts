// What one benchmark run measured, size by size: the data the budgets and BENCHMARKS.md
// are computed from (and what `--keep` saves as results.json).
import type { DistStats } from './dist-stats.ts';
import type { LighthouseScores } from './lighthouse.ts';
import type { PageWeight } from './page-weight.ts';
import type { PrecacheSize } from './precache.ts';
import type { SearchCost } from './search-cost.ts';

export interface BuildResult {
  wallMs: number;
  peakRssBytes: number;
  dist: DistStats;
}

export interface KindFigure<T> {
  kind: string;
  value: T;
}

export interface SizeResult {
  plans: number;
  ours: BuildResult;
  starlight: BuildResult | null;
  /** HTML file size of each page kind of our site at this corpus size (null when absent). */
  pageHtml: KindFigure<number | null>[];
  weights: { ours: KindFigure<PageWeight>[]; starlight: KindFigure<PageWeight>[] };
  search: { ours: SearchCost[]; starlight: SearchCost[] };
  lighthouse: { ours: KindFigure<LighthouseScores>[]; starlight: KindFigure<LighthouseScores>[] } | null;
  /** The service worker's precache in our build (absent from runs before offline reading). */
  precache?: PrecacheSize | null;
}

export interface BenchRun {
  date: string;
  machine: string;
  versions: Record<string, string>;
  command: string;
  sizes: SizeResult[];
}
