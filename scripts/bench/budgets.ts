// The budgets of the issue, each met or not by the figures of a run. One function per
// budget family; evaluateBudgets lists them in the order BENCHMARKS.md shows them.
import { kb, mb, perPageMs, ratio, seconds } from './format.ts';
import type { BenchRun, SizeResult } from './results.ts';

export interface Budget {
  name: string;
  figure: string;
  met: boolean | null;
}

/** Page kinds whose readers only read: they must ship almost no JavaScript. */
export const READING_KINDS = ['plan', 'topic', 'commemoration', 'form guide', 'document'];
export const LIGHTHOUSE_KINDS = ['home', 'plan', 'timeline', 'form guide', 'search'];

export const JS_BUDGET_BYTES = 10 * 1024;
export const SEARCH_BUDGET_BYTES = 170 * 1024;
export const SEARCH_BUDGET_MS = 500;
/** The shell a first visit installs for offline reading, and how far it may differ between corpus sizes. */
export const PRECACHE_BUDGET_BYTES = 1.5 * 1024 ** 2;
export const PRECACHE_GROWTH = 1.05;

/** Reading pages: at most 10 KB of compressed JS, and no search code until search is opened. */
function readingBudgets(run: BenchRun): Budget[] {
  const reading = run.sizes.flatMap((size) =>
    size.weights.ours.filter((w) => READING_KINDS.includes(w.kind)).map((w) => ({ plans: size.plans, ...w })),
  );
  if (reading.length === 0) return [];
  const worst = reading.reduce((a, b) => (b.value.jsBytes > a.value.jsBytes ? b : a));
  const searching = reading.filter((w) => w.value.searchRequests > 0);
  return [
    {
      name: `Reading pages (${READING_KINDS.join(', ')}) load ≤ 10 KB compressed JavaScript`,
      figure: `largest: ${kb(worst.value.jsBytes)} (${worst.kind}, ${worst.plans} plans)`,
      met: worst.value.jsBytes <= JS_BUDGET_BYTES,
    },
    {
      name: 'Search code loads only when the reader opens search',
      figure:
        searching.length === 0
          ? 'no reading page fetched /pagefind/'
          : `fetched by ${searching.map((w) => w.kind).join(', ')}`,
      met: searching.length === 0,
    },
  ];
}

/** No page grows with plans it does not show: the plan page, smallest corpus against largest. */
function planPageBudget(smallest: SizeResult | undefined, largest: SizeResult | undefined): Budget[] {
  const planAt = (size: SizeResult | undefined) => size?.pageHtml.find((p) => p.kind === 'plan')?.value ?? null;
  const small = planAt(smallest);
  const big = planAt(largest);
  if (!(smallest && largest && small && big && largest !== smallest)) return [];
  return [
    {
      name: `Plan page HTML at ${largest.plans} plans ≤ 1.1× its size at ${smallest.plans}`,
      figure: `${kb(big)} vs ${kb(small)} (${ratio(big, small)})`,
      met: big <= small * 1.1,
    },
  ];
}

/** The precache: small, and the same whatever the number of plans (only first list pages are in it). */
function precacheBudgets(smallest: SizeResult | undefined, largest: SizeResult | undefined): Budget[] {
  const budgets: Budget[] = [];
  const precacheSmall = smallest?.precache;
  if (smallest && precacheSmall) {
    budgets.push({
      name: `Precache at ${smallest.plans} plans ≤ ${mb(PRECACHE_BUDGET_BYTES)}`,
      figure: `${kb(precacheSmall.bytes)} (${precacheSmall.files} files)`,
      met: precacheSmall.bytes <= PRECACHE_BUDGET_BYTES,
    });
  }
  const precacheBig = largest?.precache;
  if (smallest && largest && precacheSmall && precacheBig && largest !== smallest) {
    budgets.push({
      name: `Precache at ${largest.plans} plans ≤ ${PRECACHE_GROWTH}× its size at ${smallest.plans}`,
      figure: `${kb(precacheBig.bytes)} vs ${kb(precacheSmall.bytes)} (${ratio(precacheBig.bytes, precacheSmall.bytes)})`,
      met: precacheBig.bytes <= precacheSmall.bytes * PRECACHE_GROWTH,
    });
  }
  return budgets;
}

/** Build time linear (the two largest corpora) and at most a quarter of Starlight's. */
function buildTimeBudgets(run: BenchRun): Budget[] {
  const budgets: Budget[] = [];
  const smallest = run.sizes[0];
  const largest = run.sizes.at(-1);
  const middle = run.sizes.at(-2);
  if (largest && middle && middle !== smallest) {
    const growth = perPageMs(largest.ours) / perPageMs(middle.ours);
    budgets.push({
      name: `Build time linear: time per page at ${largest.plans} ≤ 1.5× that at ${middle.plans}`,
      figure: `${perPageMs(largest.ours).toFixed(1)} ms vs ${perPageMs(middle.ours).toFixed(1)} ms (${growth.toFixed(2)}×)`,
      met: growth <= 1.5,
    });
  }
  if (largest?.starlight) {
    budgets.push({
      name: `Build at ${largest.plans} plans ≤ ¼ of Starlight's`,
      figure: `${seconds(largest.ours.wallMs)} vs ${seconds(largest.starlight.wallMs)} (${ratio(largest.ours.wallMs, largest.starlight.wallMs)})`,
      met: largest.ours.wallMs <= largest.starlight.wallMs / 4,
    });
  }
  return budgets;
}

/** Lighthouse mobile on every measured page of ours. */
function lighthouseBudgets(run: BenchRun): Budget[] {
  return run.sizes.flatMap((size) =>
    (size.lighthouse?.ours ?? []).map(({ kind, value }) => ({
      name: `Lighthouse mobile, ${kind}, ${size.plans} plans: ≥95 / 100 / ≥95 / 100`,
      figure: `${value.performance} / ${value.accessibility} / ${value.bestPractices} / ${value.seo}`,
      met: value.performance >= 95 && value.accessibility === 100 && value.bestPractices >= 95 && value.seo === 100,
    })),
  );
}

/** First search at the largest corpus: its heaviest and its slowest query. */
function searchBudgets(largest: SizeResult | undefined): Budget[] {
  if (!largest || largest.search.ours.length === 0) return [];
  const heaviest = largest.search.ours.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const slowest = largest.search.ours.reduce((a, b) => ((b.ms ?? Infinity) > (a.ms ?? Infinity) ? b : a));
  return [
    {
      name: `First search at ${largest.plans} plans fetches ≤ 170 KB`,
      figure: `largest: ${kb(heaviest.bytes)} (“${heaviest.query}”)`,
      met: heaviest.bytes <= SEARCH_BUDGET_BYTES,
    },
    {
      name: `First results at ${largest.plans} plans ≤ 0.5 s after the last keystroke`,
      figure:
        slowest.ms === null
          ? `no results for “${slowest.query}”`
          : `slowest: ${Math.round(slowest.ms)} ms (“${slowest.query}”)`,
      met: slowest.ms !== null && slowest.ms <= SEARCH_BUDGET_MS,
    },
  ];
}

/** Each budget of the issue, met or not, with the figure that decides it. */
export function evaluateBudgets(run: BenchRun): Budget[] {
  const smallest = run.sizes[0];
  const largest = run.sizes.at(-1);
  return [
    ...readingBudgets(run),
    ...planPageBudget(smallest, largest),
    ...precacheBudgets(smallest, largest),
    ...buildTimeBudgets(run),
    ...lighthouseBudgets(run),
    ...searchBudgets(largest),
  ];
}
