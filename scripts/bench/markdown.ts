// BENCHMARKS.md from a run: one function per section, each giving its lines (a blank line
// after every paragraph and table); a section with no figures in the run gives none.
import { evaluateBudgets } from './budgets.ts';
import { kb, mb, perPageMs, ratio, seconds } from './format.ts';
import type { BenchRun } from './results.ts';
import type { SearchCost } from './search-cost.ts';

const table = (head: string[], rows: (string | number)[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

const yesNo = (met: boolean | null) => (met === null ? '—' : met ? 'met' : '**not met**');

/** Title, who wrote the file on what, and how the corpora and figures were made. */
function introSection(run: BenchRun): string[] {
  return [
    '# Benchmarks',
    '',
    `Written by \`${run.command}\` on ${run.date}. Machine: ${run.machine}. ` +
      `Versions: ${Object.entries(run.versions)
        .map(([name, version]) => `${name} ${version}`)
        .join(', ')}.`,
    '',
    'Corpora: the five real plans, then renumbered copies of them with another province, issue date and closing line, ' +
      'generated into a temporary folder (never committed) together with the real topics, commemorations and forms. ' +
      'Both sites build the same corpus cold (empty cache). Pages are served from localhost with gzip, as a CDN would; ' +
      'byte figures are compressed transfer sizes measured in Chromium.',
    '',
  ];
}

function budgetsSection(run: BenchRun): string[] {
  return [
    '## Budgets',
    '',
    table(
      ['budget', 'figure', 'result'],
      evaluateBudgets(run).map((b) => [b.name, b.figure, yesNo(b.met)]),
    ),
    '',
  ];
}

/** Build figures of both sites, then ours divided by Starlight's where Starlight was built. */
function buildSection(run: BenchRun): string[] {
  const head = [
    'plans',
    'site',
    'wall time',
    'HTML pages',
    'time per page',
    'dist size',
    'largest page',
    'Pagefind index',
    'peak memory',
  ];
  const rows = run.sizes.flatMap((size) =>
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
  );
  const ratios = run.sizes.filter((size) => size.starlight);
  const ratioRows = ratios.map((size) => [
    size.plans,
    ratio(size.ours.wallMs, size.starlight!.wallMs),
    ratio(size.ours.dist.bytes, size.starlight!.dist.bytes),
    ratio(size.ours.dist.largestPage.bytes, size.starlight!.dist.largestPage.bytes),
    ratio(size.ours.dist.pagefindBytes, size.starlight!.dist.pagefindBytes),
    ratio(size.ours.peakRssBytes, size.starlight!.peakRssBytes),
  ]);
  return [
    '## Build',
    '',
    table(head, rows),
    '',
    ...(ratios.length > 0
      ? [
          'This site ÷ Starlight, same corpus:',
          '',
          table(['plans', 'wall time', 'dist size', 'largest page', 'Pagefind index', 'peak memory'], ratioRows),
          '',
        ]
      : []),
  ];
}

/** The service worker's precache by corpus size, in all and glob by glob. */
function precacheSection(run: BenchRun): string[] {
  const precached = run.sizes.filter((size) => size.precache);
  if (precached.length === 0) return [];
  const globs = precached[0]!.precache!.byGlob.map((share) => share.glob);
  return [
    '## Offline precache',
    '',
    "What the service worker installs on a first visit: the files and uncompressed bytes workbox-build's `getManifest` " +
      'counts in the build for the shell globs of `src/lib/offline/precache.ts`.',
    '',
    table(
      ['plans', 'files', 'bytes', 'globs matching no file'],
      precached.map((size) => [
        size.plans,
        size.precache!.files,
        kb(size.precache!.bytes),
        size.precache!.unmatched.map((glob) => `\`${glob}\``).join(', ') || '—',
      ]),
    ),
    '',
    'Bytes of each glob (files in brackets), by corpus size: what grows when the corpus does.',
    '',
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
    '',
  ];
}

/** Bytes each page kind loads before any interaction, then our HTML sizes by corpus size. */
function pageWeightSection(run: BenchRun): string[] {
  const weightRows = run.sizes.flatMap((size) =>
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
  );
  const kinds = run.sizes[0]?.pageHtml.map((p) => p.kind) ?? [];
  const htmlRows = kinds.map((kind) => [
    kind,
    ...run.sizes.map((size) => {
      const bytes = size.pageHtml.find((p) => p.kind === kind)?.value;
      return bytes === null || bytes === undefined ? '—' : kb(bytes);
    }),
  ]);
  return [
    '## Page weight without interaction',
    '',
    'Compressed bytes loaded by each kind of page at 360 px until the network is idle; inline scripts and styles are counted, gzipped.',
    '',
    table(['plans', 'site', 'page', 'HTML', 'JavaScript', 'CSS', 'all bytes', 'requests'], weightRows),
    '',
    'HTML file size of each page kind of this site, by corpus size (a page must not grow with plans it does not show):',
    '',
    table(['page', ...run.sizes.map((size) => `${size.plans} plans`)], htmlRows),
    '',
  ];
}

/** Bytes and time of a first search, query by query, ours beside Starlight's. */
function searchSection(run: BenchRun): string[] {
  const time = (cost: SearchCost | undefined) =>
    cost === undefined ? '—' : cost.ms === null ? 'no results' : `${Math.round(cost.ms)} ms`;
  const rows = run.sizes.flatMap((size) =>
    size.search.ours.map((ours) => {
      const theirs = size.search.starlight.find((s) => s.query === ours.query);
      return [size.plans, `“${ours.query}”`, kb(ours.bytes), time(ours), theirs ? kb(theirs.bytes) : '—', time(theirs)];
    }),
  );
  return [
    '## First search',
    '',
    'Cold cache. This site: from opening /tim-kiem/ (its script, Pagefind, its web worker and its index); Starlight: from clicking its search button on a plan page. ' +
      "Bytes are counted by the server (headers and compressed bodies of scripts, WebAssembly and index files; not the page, its styles or fonts), so a web worker's script is included. " +
      'Time: from the last keystroke (typed at 120 ms per key) to the first result on screen. `node scripts/bench/search-probe.ts <dist> <query>` lists every file of one such search.',
    '',
    table(['plans', 'query', 'this site: bytes', 'this site: time', 'Starlight: bytes', 'Starlight: time'], rows),
    '',
  ];
}

/** Lighthouse scores of both sites where a run measured them. */
function lighthouseSection(run: BenchRun): string[] {
  const lighthouse = run.sizes.filter((size) => size.lighthouse);
  if (lighthouse.length === 0) return [];
  const rows = lighthouse.flatMap((size) =>
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
  );
  return [
    '## Lighthouse (mobile preset)',
    '',
    "Each page was measured several times; the run with the median performance score is shown, with every run's performance score in brackets.",
    '',
    table(['plans', 'site', 'page', 'performance', 'accessibility', 'best practices', 'SEO', 'audits below 0.9'], rows),
    '',
  ];
}

export function renderMarkdown(run: BenchRun): string {
  const out = [
    ...introSection(run),
    ...budgetsSection(run),
    ...buildSection(run),
    ...precacheSection(run),
    ...pageWeightSection(run),
    ...searchSection(run),
    ...lighthouseSection(run),
  ];
  return `${out.join('\n')}\n`;
}
