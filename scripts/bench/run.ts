// `npm run bench`: builds synthetic corpora of 5, 500 and 5,000 plans with this site and
// with a stock Starlight site, measures both in Chromium and Lighthouse, and writes
// BENCHMARKS.md. A benchmark, not a test: it reports budgets, it does not fail on them.
//
//   npm run bench                      all sizes, Starlight included (about 25 minutes)
//   npm run bench -- --sizes 5,500     quicker
//   npm run bench -- --no-starlight    this site only
//   npm run bench -- --out FILE        write elsewhere than BENCHMARKS.md
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../tests/helpers/browser.ts';
import { serveStatic, type StaticSite } from '../../tests/helpers/static-server.ts';
import { writeCorpus } from './corpus.ts';
import { distStats, fileBytes } from './dist-stats.ts';
import { machine, packageVersion as version, ROOT, versions } from './environment.ts';
import { runLighthouse } from './lighthouse.ts';
import { runMeasured } from './measure.ts';
import { measurePageWeight } from './page-weight.ts';
import { measurePrecache } from './precache.ts';
import { renderMarkdown, LIGHTHOUSE_KINDS, type BenchRun, type BuildResult, type SizeResult } from './report.ts';
import { measureSearch, OUR_SEARCH, STARLIGHT_SEARCH } from './search-cost.ts';
import { prepareStarlight, writeStarlightContent, type StarlightSite } from './starlight.ts';

const QUERIES = ['đại đoàn kết', '34 kh duk', 'mau so 03'];

/** One page of each kind this site has, by path under the site root. */
const OUR_PAGES: Record<string, string> = {
  home: '',
  plan: 'ke-hoach/tra-vinh-34-kh-duk/',
  topic: 'chuyen-de/chuyen-de-2020-dai-doan-ket/',
  commemoration: 'ngay-ky-niem/chien-thang-tua-hai/',
  'form guide': 'bieu-mau/tra-vinh-43-kh-duk-mau-01/',
  document: 'van-ban/05-ct-tw/',
  timeline: 'moc-thoi-gian/',
  search: 'tim-kiem/',
  'plan list': 'ke-hoach/',
  'form fill-in': 'bieu-mau/tra-vinh-43-kh-duk-mau-01/dien/',
};
const STARLIGHT_PAGES: Record<string, string> = {
  home: '',
  plan: 'ke-hoach/tra-vinh-34-kh-duk/',
};

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,500,5000' },
    starlight: { type: 'boolean', default: true },
    'no-starlight': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(ROOT, 'BENCHMARKS.md') },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = args.sizes
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
const withStarlight = args.starlight && !args['no-starlight'];
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

const work = mkdtempSync(path.join(os.tmpdir(), 'so-tay-bench-'));
// Starlight's install is kept between runs (it is the registry's package, not ours).
const starlightDir = path.join(os.tmpdir(), 'so-tay-bench-starlight');

async function buildOurs(contentDir: string, outDir: string): Promise<BuildResult> {
  const cacheDir = path.join(work, 'cache-ours');
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  const run = await runMeasured(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: { CONTENT_DIR: contentDir, OUT_DIR: outDir, CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { wallMs: run.wallMs, peakRssBytes: run.peakRssBytes, dist: distStats(outDir) };
}

async function buildStarlight(site: StarlightSite, contentDir: string): Promise<BuildResult> {
  writeStarlightContent(site, contentDir);
  for (const stale of ['dist', '.astro', 'node_modules/.astro'])
    rmSync(path.join(site.dir, stale), { recursive: true, force: true });
  const run = await runMeasured(process.execPath, [path.join(site.dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: site.dir,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { wallMs: run.wallMs, peakRssBytes: run.peakRssBytes, dist: distStats(path.join(site.dir, 'dist')) };
}

async function measureSite(served: StaticSite, pages: Record<string, string>) {
  const browser = await launchChromium();
  try {
    const weights = [];
    for (const [kind, page] of Object.entries(pages))
      weights.push({ kind, value: await measurePageWeight(browser, `${served.url}${page}`) });
    return weights;
  } finally {
    await browser.close();
  }
}

async function measureSearches(served: StaticSite, ui: typeof OUR_SEARCH) {
  const browser = await launchChromium();
  try {
    const costs = [];
    for (const query of QUERIES) costs.push(await measureSearch(browser, served, ui, query));
    return costs;
  } finally {
    await browser.close();
  }
}

const starlight = withStarlight ? prepareStarlight(starlightDir, version(ROOT, 'astro')) : null;
const results: SizeResult[] = [];
try {
  for (const plans of sizes) {
    const contentDir = path.join(work, `content-${plans}`);
    writeCorpus(path.join(ROOT, 'content'), contentDir, plans);
    const outDir = path.join(work, `dist-${plans}`);
    log(`${plans} plans: building this site`);
    const ours = await buildOurs(contentDir, outDir);
    log(`${plans} plans: ${(ours.wallMs / 1000).toFixed(1)} s, ${ours.dist.htmlPages} pages`);
    const precache = await measurePrecache(outDir);
    log(`${plans} plans: precache ${precache.files} files, ${precache.bytes} bytes`);
    const pageHtml = Object.entries(OUR_PAGES).map(([kind, page]) => ({
      kind,
      value: fileBytes(path.join(outDir, page, 'index.html')),
    }));

    const oursServed = await serveStatic(outDir, '/', { gzip: true });
    const measureLighthouse = plans === sizes[0] || plans === sizes.at(-1);
    const result: SizeResult = {
      plans,
      ours,
      starlight: null,
      pageHtml,
      weights: { ours: await measureSite(oursServed, OUR_PAGES), starlight: [] },
      search: { ours: await measureSearches(oursServed, OUR_SEARCH), starlight: [] },
      lighthouse: null,
      precache,
    };
    if (measureLighthouse) {
      log(`${plans} plans: Lighthouse`);
      const scores = await runLighthouse(LIGHTHOUSE_KINDS.map((kind) => `${oursServed.url}${OUR_PAGES[kind]}`));
      result.lighthouse = {
        ours: scores.map((value, index) => ({ kind: LIGHTHOUSE_KINDS[index]!, value })),
        starlight: [],
      };
    }
    await oursServed.close();
    rmSync(outDir, { recursive: true, force: true });

    if (starlight) {
      log(`${plans} plans: building Starlight`);
      result.starlight = await buildStarlight(starlight, contentDir);
      log(
        `${plans} plans: Starlight ${(result.starlight.wallMs / 1000).toFixed(1)} s, ${result.starlight.dist.htmlPages} pages`,
      );
      const theirs = await serveStatic(path.join(starlight.dir, 'dist'), '/', { gzip: true });
      result.weights.starlight = await measureSite(theirs, STARLIGHT_PAGES);
      result.search.starlight = await measureSearches(theirs, STARLIGHT_SEARCH);
      if (measureLighthouse && result.lighthouse) {
        const [scores] = await runLighthouse([`${theirs.url}${STARLIGHT_PAGES.plan}`]);
        result.lighthouse.starlight = [{ kind: 'plan', value: scores! }];
      }
      await theirs.close();
      rmSync(path.join(starlight.dir, 'dist'), { recursive: true, force: true });
    }
    rmSync(contentDir, { recursive: true, force: true });
    results.push(result);
    // Partial results survive an interrupted run.
    writeFileSync(path.join(work, 'results.json'), JSON.stringify(results, null, 2));
  }
} finally {
  if (!args.keep) rmSync(work, { recursive: true, force: true });
}

const run: BenchRun = {
  date: new Date().toISOString().slice(0, 10),
  machine: machine(),
  versions: versions(starlight?.starlightVersion ?? null),
  command: `npm run bench -- --sizes ${sizes.join(',')}${withStarlight ? '' : ' --no-starlight'}`,
  sizes: results,
};
mkdirSync(path.dirname(args.out), { recursive: true });
writeFileSync(args.out, renderMarkdown(run));
log(`wrote ${args.out}`);
console.log(renderMarkdown(run));
