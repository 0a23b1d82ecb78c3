// One first search against a built site, with every file it fetched:
//   node scripts/bench/search-probe.ts <dist> "<query>" ["<query>"…]
// For finding where a search's bytes go; `npm run bench` reports the totals.
import { launchChromium } from '../../tests/helpers/browser.ts';
import { serveStatic } from '../../tests/helpers/static-server.ts';
import { measureSearch, OUR_SEARCH } from './search-cost.ts';

const [dist, ...queries] = process.argv.slice(2);
if (!dist || queries.length === 0) throw new Error('usage: search-probe.ts <dist> <query>…');
const served = await serveStatic(dist, '/', { gzip: true });
const browser = await launchChromium();
try {
  for (const query of queries) {
    const cost = await measureSearch(browser, served, OUR_SEARCH, query);
    console.log(
      `“${query}”: ${(cost.bytes / 1024).toFixed(1)} KB, ${cost.ms === null ? 'no results' : `${Math.round(cost.ms)} ms`}`,
    );
    const start = cost.files[0]?.at ?? 0;
    const offset = (at: number) => `+${String(Math.round(at - start)).padStart(5)} ms`;
    console.log(`  keystrokes at ${cost.keystrokes.map((at) => offset(at).trim()).join(' ')}`);
    for (const file of cost.files)
      console.log(`  ${offset(file.at)} ${(file.bytes / 1024).toFixed(1).padStart(6)} KB  ${file.path}`);
  }
} finally {
  await browser.close();
  await served.close();
}
