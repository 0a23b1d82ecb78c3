// Writes BENCHMARKS.md again from the results a run kept (`npm run bench -- --keep` leaves
// <tmp>/so-tay-bench-*/results.json; an interrupted run leaves the sizes it finished).
//   node scripts/bench/render.ts <results.json> [--out BENCHMARKS.md] [--command "…"] [--note "…"]
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { machine, packageVersion, ROOT, versions } from './environment.ts';
import { renderMarkdown, type SizeResult } from './report.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: path.join(ROOT, 'BENCHMARKS.md') },
    command: { type: 'string', default: 'npm run bench' },
    note: { type: 'string' },
  },
});
const sizes = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as SizeResult[];
let starlight: string | null;
try {
  starlight = packageVersion(path.join(os.tmpdir(), 'so-tay-bench-starlight'), '@astrojs/starlight');
} catch {
  starlight = null;
}
const markdown = renderMarkdown({
  date: new Date().toISOString().slice(0, 10),
  machine: machine(),
  versions: versions(starlight),
  command: values.command,
  sizes,
});
writeFileSync(values.out, values.note ? markdown.replace('\n## Budgets', `\n${values.note}\n\n## Budgets`) : markdown);
console.log(`wrote ${values.out}`);
