// The benchmark's figures, its budgets and the Markdown written to BENCHMARKS.md. Pure:
// everything here is computed from the measured results, so it is tested directly.
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

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const perPageMs = (build: BuildResult) => build.wallMs / Math.max(1, build.dist.htmlPages);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

/** Each budget of the issue, met or not, with the figure that decides it. */
export function evaluateBudgets(run: BenchRun): Budget[] {
  const budgets: Budget[] = [];
  const smallest = run.sizes[0];
  const largest = run.sizes.at(-1);

  // Reading pages: at most 10 KB of compressed JS, and no search code until search is opened.
  const reading = run.sizes.flatMap((size) =>
    size.weights.ours.filter((w) => READING_KINDS.includes(w.kind)).map((w) => ({ plans: size.plans, ...w })),
  );
  if (reading.length > 0) {
    const worst = reading.reduce((a, b) => (b.value.jsBytes > a.value.jsBytes ? b : a));
    budgets.push({
      name: `Reading pages (${READING_KINDS.join(', ')}) load ≤ 10 KB compressed JavaScript`,
      figure: `largest: ${kb(worst.value.jsBytes)} (${worst.kind}, ${worst.plans} plans)`,
      met: worst.value.jsBytes <= JS_BUDGET_BYTES,
    });
    const searching = reading.filter((w) => w.value.searchRequests > 0);
    budgets.push({
      name: 'Search code loads only when the reader opens search',
      figure:
        searching.length === 0
          ? 'no reading page fetched /pagefind/'
          : `fetched by ${searching.map((w) => w.kind).join(', ')}`,
      met: searching.length === 0,
    });
  }

  // No page grows with plans it does not show.
  const planAt = (size: SizeResult | undefined) => size?.pageHtml.find((p) => p.kind === 'plan')?.value ?? null;
  const small = planAt(smallest);
  const big = planAt(largest);
  if (smallest && largest && small && big && largest !== smallest) {
    budgets.push({
      name: `Plan page HTML at ${largest.plans} plans ≤ 1.1× its size at ${smallest.plans}`,
      figure: `${kb(big)} vs ${kb(small)} (${ratio(big, small)})`,
      met: big <= small * 1.1,
    });
  }

  // The precache: small, and the same whatever the number of plans (only first list pages are in it).
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

  // Build time linear and at most a quarter of Starlight's.
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

  // Lighthouse mobile on every measured page.
  for (const size of run.sizes) {
    for (const { kind, value } of size.lighthouse?.ours ?? []) {
      const met =
        value.performance >= 95 && value.accessibility === 100 && value.bestPractices >= 95 && value.seo === 100;
      budgets.push({
        name: `Lighthouse mobile, ${kind}, ${size.plans} plans: ≥95 / 100 / ≥95 / 100`,
        figure: `${value.performance} / ${value.accessibility} / ${value.bestPractices} / ${value.seo}`,
        met,
      });
    }
  }

  // First search at the largest corpus.
  if (largest && largest.search.ours.length > 0) {
    const heaviest = largest.search.ours.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    budgets.push({
      name: `First search at ${largest.plans} plans fetches ≤ 170 KB`,
      figure: `largest: ${kb(heaviest.bytes)} (“${heaviest.query}”)`,
      met: heaviest.bytes <= SEARCH_BUDGET_BYTES,
    });
    const slowest = largest.search.ours.reduce((a, b) => ((b.ms ?? Infinity) > (a.ms ?? Infinity) ? b : a));
    budgets.push({
      name: `First results at ${largest.plans} plans ≤ 0.5 s after the last keystroke`,
      figure:
        slowest.ms === null
          ? `no results for “${slowest.query}”`
          : `slowest: ${Math.round(slowest.ms)} ms (“${slowest.query}”)`,
      met: slowest.ms !== null && slowest.ms <= SEARCH_BUDGET_MS,
    });
  }
  return budgets;
}

const table = (head: string[], rows: (string | number)[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

const yesNo = (met: boolean | null) => (met === null ? '—' : met ? 'met' : '**not met**');

export function renderMarkdown(run: BenchRun): string {
  const out: string[] = [];
  out.push('# Benchmarks');
  out.push('');
  out.push(
    `Written by \`${run.command}\` on ${run.date}. Machine: ${run.machine}. ` +
      `Versions: ${Object.entries(run.versions)
        .map(([name, version]) => `${name} ${version}`)
        .join(', ')}.`,
  );
  out.push('');
  out.push(
    'Corpora: the five real plans, then renumbered copies of them with another province, issue date and closing line, ' +
      'generated into a temporary folder (never committed) together with the real topics, commemorations and forms. ' +
      'Both sites build the same corpus cold (empty cache). Pages are served from localhost with gzip, as a CDN would; ' +
      'byte figures are compressed transfer sizes measured in Chromium.',
  );
  out.push('');

  out.push('## Budgets');
  out.push('');
  out.push(
    table(
      ['budget', 'figure', 'result'],
      evaluateBudgets(run).map((b) => [b.name, b.figure, yesNo(b.met)]),
    ),
  );
  out.push('');

  out.push('## Build');
  out.push('');
  out.push(
    table(
      [
        'plans',
        'site',
        'wall time',
        'HTML pages',
        'time per page',
        'dist size',
        'largest page',
        'Pagefind index',
        'peak memory',
      ],
      run.sizes.flatMap((size) =>
        [['this site', size.ours] as const, ['Starlight', size.starlight] as const].flatMap(([site, build]) =>
          build
            ? [
                [
                  size.plans,
                  site,
                  seconds(build.wallMs),
                  build.dist.htmlPages,
                  `${perPageMs(build).toFixed(1)} ms`,
                  mb(build.dist.bytes),
                  `${kb(build.dist.largestPage.bytes)} (${build.dist.largestPage.path})`,
                  mb(build.dist.pagefindBytes),
                  mb(build.peakRssBytes),
                ],
              ]
            : [],
        ),
      ),
    ),
  );
  out.push('');
  const ratios = run.sizes.filter((size) => size.starlight);
  if (ratios.length > 0) {
    out.push('This site ÷ Starlight, same corpus:');
    out.push('');
    out.push(
      table(
        ['plans', 'wall time', 'dist size', 'largest page', 'Pagefind index', 'peak memory'],
        ratios.map((size) => [
          size.plans,
          ratio(size.ours.wallMs, size.starlight!.wallMs),
          ratio(size.ours.dist.bytes, size.starlight!.dist.bytes),
          ratio(size.ours.dist.largestPage.bytes, size.starlight!.dist.largestPage.bytes),
          ratio(size.ours.dist.pagefindBytes, size.starlight!.dist.pagefindBytes),
          ratio(size.ours.peakRssBytes, size.starlight!.peakRssBytes),
        ]),
      ),
    );
    out.push('');
  }

  const precached = run.sizes.filter((size) => size.precache);
  if (precached.length > 0) {
    out.push('## Offline precache');
    out.push('');
    out.push(
      "What the service worker installs on a first visit: the files and uncompressed bytes workbox-build's `getManifest` " +
        'counts in the build for the shell globs of `src/lib/offline/precache.ts`.',
    );
    out.push('');
    out.push(
      table(
        ['plans', 'files', 'bytes', 'globs matching no file'],
        precached.map((size) => [
          size.plans,
          size.precache!.files,
          kb(size.precache!.bytes),
          size.precache!.unmatched.map((glob) => `\`${glob}\``).join(', ') || '—',
        ]),
      ),
    );
    out.push('');
    out.push('Bytes of each glob (files in brackets), by corpus size: what grows when the corpus does.');
    out.push('');
    const globs = precached[0]!.precache!.byGlob.map((share) => share.glob);
    out.push(
      table(
        ['glob', ...precached.map((size) => `${size.plans} plans`)],
        globs.map((glob) => [
          `\`${glob}\``,
          ...precached.map((size) => {
            const share = size.precache!.byGlob.find((entry) => entry.glob === glob);
            return share ? `${kb(share.bytes)} (${share.files})` : '—';
          }),
        ]),
      ),
    );
    out.push('');
  }

  out.push('## Page weight without interaction');
  out.push('');
  out.push(
    'Compressed bytes loaded by each kind of page at 360 px until the network is idle; inline scripts and styles are counted, gzipped.',
  );
  out.push('');
  out.push(
    table(
      ['plans', 'site', 'page', 'HTML', 'JavaScript', 'CSS', 'all bytes', 'requests'],
      run.sizes.flatMap((size) =>
        [
          ...size.weights.ours.map((w) => ['this site', w] as const),
          ...size.weights.starlight.map((w) => ['Starlight', w] as const),
        ].map(([site, { kind, value }]) => [
          size.plans,
          site,
          kind,
          kb(value.htmlBytes),
          kb(value.jsBytes),
          kb(value.cssBytes),
          kb(value.totalBytes),
          value.requests,
        ]),
      ),
    ),
  );
  out.push('');
  out.push(
    'HTML file size of each page kind of this site, by corpus size (a page must not grow with plans it does not show):',
  );
  out.push('');
  const kinds = run.sizes[0]?.pageHtml.map((p) => p.kind) ?? [];
  out.push(
    table(
      ['page', ...run.sizes.map((size) => `${size.plans} plans`)],
      kinds.map((kind) => [
        kind,
        ...run.sizes.map((size) => {
          const bytes = size.pageHtml.find((p) => p.kind === kind)?.value;
          return bytes === null || bytes === undefined ? '—' : kb(bytes);
        }),
      ]),
    ),
  );
  out.push('');

  out.push('## First search');
  out.push('');
  out.push(
    'Cold cache. This site: from opening /tim-kiem/ (its script, Pagefind, its web worker and its index); Starlight: from clicking its search button on a plan page. ' +
      "Bytes are counted by the server (headers and compressed bodies of scripts, WebAssembly and index files; not the page, its styles or fonts), so a web worker's script is included. " +
      'Time: from the last keystroke (typed at 120 ms per key) to the first result on screen. `node scripts/bench/search-probe.ts <dist> <query>` lists every file of one such search.',
  );
  out.push('');
  out.push(
    table(
      ['plans', 'query', 'this site: bytes', 'this site: time', 'Starlight: bytes', 'Starlight: time'],
      run.sizes.flatMap((size) =>
        size.search.ours.map((ours) => {
          const theirs = size.search.starlight.find((s) => s.query === ours.query);
          const time = (cost: SearchCost | undefined) =>
            cost === undefined ? '—' : cost.ms === null ? 'no results' : `${Math.round(cost.ms)} ms`;
          return [
            size.plans,
            `“${ours.query}”`,
            kb(ours.bytes),
            time(ours),
            theirs ? kb(theirs.bytes) : '—',
            time(theirs),
          ];
        }),
      ),
    ),
  );
  out.push('');

  const lighthouse = run.sizes.filter((size) => size.lighthouse);
  if (lighthouse.length > 0) {
    out.push('## Lighthouse (mobile preset)');
    out.push('');
    out.push(
      "Each page was measured several times; the run with the median performance score is shown, with every run's performance score in brackets.",
    );
    out.push('');
    out.push(
      table(
        ['plans', 'site', 'page', 'performance', 'accessibility', 'best practices', 'SEO', 'audits below 0.9'],
        lighthouse.flatMap((size) =>
          [
            ...size.lighthouse!.ours.map((l) => ['this site', l] as const),
            ...size.lighthouse!.starlight.map((l) => ['Starlight', l] as const),
          ].map(([site, { kind, value }]) => [
            size.plans,
            site,
            kind,
            value.performanceRuns && value.performanceRuns.length > 1
              ? `${value.performance} (${value.performanceRuns.join(', ')})`
              : value.performance,
            value.accessibility,
            value.bestPractices,
            value.seo,
            value.failing.join(', ') || '—',
          ]),
        ),
      ),
    );
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
