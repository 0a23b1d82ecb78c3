import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchBodyOnly, withoutBlockAnchors } from '../lib/search/index-html';

/** The attribute on an element (not the selector every page's highlight script names). */
const INDEXED_BODY = /\sdata-pagefind-body[\s=>]/u;

/** The site's HTML files, relative to `root`, in a fixed order (Pagefind's own output excluded). */
function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`))
    .sort();
}

/**
 * Writes the copy Pagefind reads (see searchBodyOnly and withoutBlockAnchors) and returns how many pages it
 * holds; plain synchronous I/O is the fastest for thousands of small files.
 */
function writeIndexCopy(outDir: string, copy: string): number {
  const folders = new Set<string>();
  const files = htmlFiles(outDir);
  let copied = 0;
  for (const file of files) {
    const html = readFileSync(path.join(outDir, file), 'utf8');
    // Once any page marks its body with data-pagefind-body, Pagefind ignores pages without
    // one (lists, later timeline pages); they need not be copied. Every site has plan pages.
    if (!INDEXED_BODY.test(html)) continue;
    const folder = path.dirname(path.join(copy, file));
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    // Pagefind gets the head and the search body only: at 5,000 plans that halves what it
    // reads (256 MB → 138 MB) for a byte-identical index.
    writeFileSync(path.join(copy, file), withoutBlockAnchors(searchBodyOnly(html) ?? html));
    copied += 1;
  }
  return copied;
}

/** Runs the Pagefind binary that the `pagefind` package installed for this platform. */
export function runPagefind(root: string, args: string[]): Promise<string> {
  const runner = fileURLToPath(new URL('node_modules/pagefind/lib/runner/bin.cjs', root));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [runner, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`Pagefind failed (exit ${code}):\n${output}`)),
    );
  });
}

/**
 * Deleting thousands of files took seconds at the end of every build; a detached Node
 * process removes the copy while the build finishes.
 */
function removeInBackground(folder: string): void {
  const script = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })';
  spawn(process.execPath, ['-e', script, folder], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Builds the Pagefind index into <outDir>/pagefind after Astro has written the pages, so
 * `npm run build` alone produces a searchable site (also under a sub-path: Pagefind
 * resolves its files relative to pagefind.js). The command-line indexer is used rather
 * than the Node API: on 5,000 plans it took 54 s where the API took 78 s.
 */
export default function pagefindIntegration(): AstroIntegration {
  let root = '';
  return {
    name: 'so-tay:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root.href;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const copy = mkdtempSync(path.join(tmpdir(), 'so-tay-pagefind-'));
        try {
          const pages = writeIndexCopy(outDir, copy);
          const copied = performance.now();
          const output = await runPagefind(root, [
            '--site',
            copy,
            '--output-path',
            path.join(outDir, 'pagefind'),
            '--force-language',
            'vi',
          ]);
          const indexed = /Indexed (\d+) pages/u.exec(output)?.[1] ?? '?';
          const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
          logger.info(
            `indexed ${indexed} pages of ${pages} searchable (copy ${seconds(started, copied)}, Pagefind ${seconds(copied, performance.now())})`,
          );
        } finally {
          removeInBackground(copy);
        }
      },
    },
  };
}
