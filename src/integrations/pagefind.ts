import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { withoutBlockAnchors } from '../lib/search-index-html';

async function htmlFiles(dir: string, root = dir): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== path.join(root, 'pagefind')) files.push(...(await htmlFiles(full, root)));
    } else if (entry.name.endsWith('.html')) {
      files.push(path.relative(root, full));
    }
  }
  return files.sort();
}

/**
 * Builds the Pagefind index into <outDir>/pagefind after Astro has written the pages, so
 * `npm run build` alone produces a searchable site (also under a sub-path: Pagefind
 * resolves its files relative to pagefind.js).
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'so-tay:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Pagefind reads a copy of the pages (see withoutBlockAnchors) from a folder of its
        // own: reading a folder is parallel and orders pages the same way in every build.
        const copy = await mkdtemp(path.join(tmpdir(), 'so-tay-pagefind-'));
        for (const file of await htmlFiles(outDir)) {
          await mkdir(path.dirname(path.join(copy, file)), { recursive: true });
          await writeFile(path.join(copy, file), withoutBlockAnchors(await readFile(path.join(outDir, file), 'utf8')));
        }
        const added = await index.addDirectory({ path: copy });
        await rm(copy, { recursive: true, force: true });
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const pages = added.page_count;
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        logger.info(`indexed ${pages} pages`);
        await pagefind.close();
      },
    },
  };
}
