import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { pageUrlOf, withoutBlockAnchors } from '../lib/search-index-html';

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
        let pages = 0;
        // One page at a time, in a fixed order: pages added concurrently are numbered in
        // whatever order they arrive, and the index files would differ between builds.
        for (const file of await htmlFiles(outDir)) {
          const content = withoutBlockAnchors(await readFile(path.join(outDir, file), 'utf8'));
          const added = await index.addHTMLFile({ url: pageUrlOf(file), content });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
          pages += 1;
        }
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        logger.info(`indexed ${pages} pages`);
        await pagefind.close();
      },
    },
  };
}
