// The benchmark's figures, its budgets and the Markdown written to BENCHMARKS.md, in one
// place for the runner and the tests. Pure: everything is computed from the measured
// results, so it is tested directly.
export type { BenchRun, BuildResult, KindFigure, SizeResult } from './results.ts';
export { kb, mb, perPageMs, seconds } from './format.ts';
export {
  evaluateBudgets,
  JS_BUDGET_BYTES,
  LIGHTHOUSE_KINDS,
  PRECACHE_BUDGET_BYTES,
  PRECACHE_GROWTH,
  READING_KINDS,
  SEARCH_BUDGET_BYTES,
  SEARCH_BUDGET_MS,
  type Budget,
} from './budgets.ts';
export { renderMarkdown } from './markdown.ts';
