import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rolldown } from 'rolldown';
import { injectManifest } from 'workbox-build';
import { PRECACHE_GLOBS } from '../lib/offline/precache';
import { searchFiles } from '../lib/offline/search-files';
import { searchFilesPath, serviceWorkerPath } from '../lib/site/routes';

/** The worker's source; bundled into one classic script (a module worker would not run everywhere). */
const SOURCE = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));

/** The files under `dir`, relative and "/"-separated, with their sizes. */
function filesUnder(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => ({ path: file.split(path.sep).join('/'), full: path.join(dir, file) }))
    .filter((file) => statSync(file.full).isFile())
    .map((file) => ({ path: file.path, bytes: statSync(file.full).size }));
}

/** The worker as one minified script; Workbox's debug logging is left out (production). */
async function bundleWorker(): Promise<string> {
  const bundle = await rolldown({
    input: SOURCE,
    platform: 'browser',
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    logLevel: 'warn',
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/**
 * Offline reading, once the site and its search index are written (this integration comes
 * after Pagefind's in astro.config.mjs; Astro runs the build:done hooks in order):
 * 1. the list of the search index's files, for "tải bộ tìm kiếm" (searchFilesPath);
 * 2. the service worker at serviceWorkerPath, with the precache manifest of the shell.
 * Both are byte-identical between two builds of the same content: sorted lists, content
 * hashes as revisions, no dates.
 */
export default function offline(): AstroIntegration {
  return {
    name: 'so-tay:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const index = searchFiles(
          filesUnder(path.join(outDir, 'pagefind')).map((file) => ({ ...file, path: `pagefind/${file.path}` })),
        );
        writeFileSync(path.join(outDir, searchFilesPath), `${JSON.stringify(index)}\n`);

        const work = mkdtempSync(path.join(tmpdir(), 'so-tay-sw-'));
        try {
          const source = path.join(work, 'sw.js');
          writeFileSync(source, await bundleWorker());
          const { count, size, warnings } = await injectManifest({
            swSrc: source,
            swDest: path.join(outDir, serviceWorkerPath),
            globDirectory: outDir,
            globPatterns: [...PRECACHE_GLOBS],
          });
          // Workbox only warns of a glob that matches nothing (a shell page gone, a file too
          // big to precache): a broken build, not a smaller precache.
          if (warnings.length > 0) throw new Error(`service worker: ${warnings.join('\n')}`);
          logger.info(
            `service worker: precache ${count} files, ${(size / 1024).toFixed(0)} KB; search index ${index.files.length} files, ${(index.bytes / 1024).toFixed(0)} KB`,
          );
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      },
    },
  };
}
