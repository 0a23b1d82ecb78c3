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
      const names = readdirSync(folder)
        .filter((name) => name.endsWith('.mdx'))
        .sort();
      const ids = new Set<string>();
      for (const name of names) {
        ids.add(await loadPlan(context, folder, name));
      }
      for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
      const drafts = draftIds(context, ids);
      if (drafts.length > 0) context.logger.info(draftsMessage(drafts));
      watch(context, folder);
    },
  };
}

async function loadPlan(
  context: LoaderContext,
  folder: string,
  name: string,
  source = readFileSync(path.join(folder, name), 'utf8'),
): Promise<string> {
  const id = name.replace(/\.mdx$/u, '');
  const absolute = path.join(folder, name);
  const filePath = path.relative(fileURLToPath(context.config.root), absolute).split(path.sep).join('/');
  const digest = context.generateDigest(source);
  if (context.store.get(id)?.digest === digest) return id;
  // In NFC, the form the site compares and shows text in (src/lib/text/nfc.ts), like the body (src/data/plans.ts).
  const { frontmatter } = readPlanFile(source.normalize('NFC'), filePath);
  const data = await context.parseData({ id, data: frontmatter, filePath });
  context.store.set({ id, data, filePath, digest });
  return id;
}

function draftIds(context: LoaderContext, ids: Iterable<string>): string[] {
  return [...ids].filter((id) => (context.store.get(id)?.data as { status?: string } | undefined)?.status === 'draft');
}

/** The build's list of the drafts it built, so none goes online unnoticed. */
export function draftsMessage(ids: readonly string[]): string {
  return `Bản nháp — chưa soát xét (drafts, not reviewed): ${ids.length} kế hoạch: ${ids.join(', ')}. Soát xét theo content/plans/README.md rồi xoá dòng "status: draft".`;
}

/** How long a file must stay the same before an edit is read (see `settledText`). */
export const SETTLE_MS = 100;
const MAX_SETTLE_READS = 30;

/**
 * The text of a file once it has stopped changing: two reads `settleMs` apart agree, or the
 * last of `maxReads`; undefined when the file is gone. An editor that saves in place empties
 * the file, then writes it, and the watcher reports the first change at once but drops a
 * second one within 50 ms (chokidar's throttle), so a single read on the event can be an
 * empty or half-written plan: it would be reported as a plan missing every field, and the
 * real text never loaded.
 */
export async function settledText(
  file: string,
  { settleMs = SETTLE_MS, maxReads = MAX_SETTLE_READS }: { settleMs?: number; maxReads?: number } = {},
): Promise<string | undefined> {
  const read = () => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  let previous = read();
  for (let reads = 1; previous !== undefined && reads < maxReads; reads += 1) {
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const current = read();
    if (current === previous) break;
    previous = current;
  }
  return previous;
}

const watched = new WeakSet<object>();

/** In `astro dev`, an edited, added or removed plan file updates its entry. */
function watch(context: LoaderContext, folder: string): void {
  const { watcher } = context;
  if (!watcher || watched.has(watcher)) return;
  watched.add(watcher);
  const isPlan = (file: string) => path.dirname(file) === folder && file.endsWith('.mdx');
  // Events of one file that arrive while its text settles are read by the latest one only,
  // so a broken plan is reported once.
  const latest = new Map<string, number>();
  let events = 0;
  const reload = async (file: string) => {
    if (!isPlan(file)) return;
    const event = ++events;
    latest.set(file, event);
    try {
      const source = await settledText(file);
      if (latest.get(file) !== event || source === undefined) return;
      await loadPlan(context, folder, path.basename(file), source);
    } catch (error) {
      context.logger.error((error as Error).message);
    }
  };
  watcher.add(folder);
  // reload reports its own errors; the watcher has no use for its promise.
  watcher.on('change', (file) => void reload(file));
  watcher.on('add', (file) => void reload(file));
  watcher.on('unlink', (file) => {
    if (isPlan(file)) context.store.delete(path.basename(file).replace(/\.mdx$/u, ''));
  });
}
