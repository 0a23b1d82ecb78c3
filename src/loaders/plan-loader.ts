import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readPlanFile } from '../markdown/plan-file';

/**
 * The plans collection: every `*.mdx` of a folder, its frontmatter checked against the
 * schema, its body left in the file. Unlike Astro's glob loader it keeps the body out of
 * the data store and does not make each plan an MDX module for the bundler; the site
 * renders bodies itself (src/markdown/plan-body.ts, src/data/plans.ts). With thousands of
 * plans that is the difference between a build that grows with the plans and one that
 * grows faster.
 */
export function planLoader(options: { base: string }): Loader {
  return {
    name: 'so-tay-plans',
    load: async (context) => {
      const folder = path.resolve(fileURLToPath(context.config.root), options.base);
      if (!existsSync(folder)) {
        context.store.clear();
        return;
      }
      const names = readdirSync(folder).filter((name) => name.endsWith('.mdx')).sort();
      const ids = new Set<string>();
      for (const name of names) {
        ids.add(await loadPlan(context, folder, name));
      }
      for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
      watch(context, folder);
    },
  };
}

async function loadPlan(context: LoaderContext, folder: string, name: string): Promise<string> {
  const id = name.replace(/\.mdx$/u, '');
  const absolute = path.join(folder, name);
  const filePath = path.relative(fileURLToPath(context.config.root), absolute).split(path.sep).join('/');
  const source = readFileSync(absolute, 'utf8');
  const digest = context.generateDigest(source);
  if (context.store.get(id)?.digest === digest) return id;
  const { frontmatter } = readPlanFile(source, filePath);
  const data = await context.parseData({ id, data: frontmatter, filePath });
  context.store.set({ id, data, filePath, digest });
  return id;
}

const watched = new WeakSet<object>();

/** In `astro dev`, an edited, added or removed plan file updates its entry. */
function watch(context: LoaderContext, folder: string): void {
  const { watcher } = context;
  if (!watcher || watched.has(watcher)) return;
  watched.add(watcher);
  const isPlan = (file: string) => path.dirname(file) === folder && file.endsWith('.mdx');
  const reload = async (file: string) => {
    if (!isPlan(file)) return;
    try {
      await loadPlan(context, folder, path.basename(file));
    } catch (error) {
      context.logger.error((error as Error).message);
    }
  };
  watcher.add(folder);
  watcher.on('change', reload);
  watcher.on('add', reload);
  watcher.on('unlink', (file) => {
    if (isPlan(file)) context.store.delete(path.basename(file).replace(/\.mdx$/u, ''));
  });
}
