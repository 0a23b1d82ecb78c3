import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { toHtml } from 'hast-util-to-html';
import { readPlanFile } from '../markdown/plan-file';
import { PlanBodyError, planBodyTree } from '../markdown/plan-body-tree';
import { t } from '../i18n/t';

/**
 * What a collection does with the body of its files (the text after the frontmatter). Every
 * body that is read follows one rule (src/markdown/plan-body-tree.ts): Markdown text and
 * safe links, never HTML, components, imports or {expressions}, and nothing is compiled as a
 * module, so nothing in content runs code at build time.
 * - `file`: left in the file and rendered by the collection's data getter (plans, whose
 *   bodies are large: src/data/plans.ts reads and checks each once);
 * - `shown`: checked and rendered here, into the entry's `rendered` HTML that `render()` shows
 *   (form guides);
 * - `refused`: the site does not show it, so a body that is not empty stops the build rather
 *   than vanish (topics, commemorations: their pages are built from the frontmatter).
 */
export type BodyUse = 'file' | 'shown' | 'refused';

export interface ContentLoaderOptions {
  /** The collection's folder, relative to the project. */
  base: string;
  body: BodyUse;
  /** Called with the ids loaded, after every file is read (plans list their drafts). */
  loaded?: (context: LoaderContext, ids: ReadonlySet<string>) => void;
}

/**
 * A collection of `*.mdx` files in one folder, each file's frontmatter in NFC and checked
 * against the schema. Unlike Astro's glob loader it never makes a file an MDX module for the
 * bundler (see BodyUse), and a missing folder empties the collection instead of keeping an
 * earlier build's entries. Body problems of every file are reported together.
 */
export function contentLoader(options: ContentLoaderOptions): Loader {
  return {
    name: `so-tay-${path.basename(options.base)}`,
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
      const problems: string[] = [];
      const advice = new Set<string>();
      for (const name of names) {
        try {
          ids.add(await loadEntry(context, options, folder, name));
        } catch (error) {
          if (!(error instanceof PlanBodyError)) throw error;
          problems.push(...error.problems);
          for (const line of error.advice) advice.add(line);
        }
      }
      if (problems.length > 0) throw new PlanBodyError(problems, [...advice]);
      for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
      options.loaded?.(context, ids);
      watch(context, options, folder);
    },
  };
}

async function loadEntry(
  context: LoaderContext,
  options: ContentLoaderOptions,
  folder: string,
  name: string,
  source = readFileSync(path.join(folder, name), 'utf8'),
): Promise<string> {
  const id = name.replace(/\.mdx$/u, '');
  const absolute = path.join(folder, name);
  const filePath = path.relative(fileURLToPath(context.config.root), absolute).split(path.sep).join('/');
  const digest = context.generateDigest(source);
  if (context.store.get(id)?.digest === digest) return id;
  // In NFC, the form the site compares and shows text in (src/lib/text/nfc.ts), like the plans' bodies (src/data/plans.ts).
  const { frontmatter, body } = readPlanFile(source.normalize('NFC'), filePath);
  const html = bodyHtml(options.body, body, filePath);
  const data = await context.parseData({ id, data: frontmatter, filePath });
  context.store.set({ id, data, filePath, digest, ...(html === undefined ? {} : { rendered: { html } }) });
  return id;
}

/** The body's HTML when the collection shows it; a body the collection refuses stops the build. */
function bodyHtml(use: BodyUse, body: string, file: string): string | undefined {
  if (use === 'file') return undefined;
  if (use === 'refused') {
    const lines = body.split('\n');
    const index = lines.findIndex((line) => line.trim() !== '');
    if (index === -1) return undefined;
    throw new PlanBodyError(
      [`${file}:${index + 1}: found text after the frontmatter: ${JSON.stringify(lines[index]!.trim())}`],
      [
        `The site does not show the body of a file in ${path.posix.dirname(file)}/ (its page is built from the ` +
          'frontmatter), so the text would be lost: move it into a field of the frontmatter, or remove it.',
      ],
    );
  }
  const footnotes = { footnoteLabel: t('plan.footnotes'), footnoteBackLabel: t('plan.footnoteBack') };
  return toHtml(planBodyTree(body, file, footnotes));
}

/** How long a file must stay the same before an edit is read (see `settledText`). */
export const SETTLE_MS = 100;
const MAX_SETTLE_READS = 30;

/**
 * The text of a file once it has stopped changing: two reads `settleMs` apart agree, or the
 * last of `maxReads`; undefined when the file is gone. An editor that saves in place empties
 * the file, then writes it, and the watcher reports the first change at once but drops a
 * second one within 50 ms (chokidar's throttle), so a single read on the event can be an
 * empty or half-written file: it would be reported as an entry missing every field, and the
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

/** The folders each watcher already reports to a loader (one per collection). */
const watched = new WeakMap<object, Set<string>>();

/** In `astro dev`, an edited, added or removed file of the folder updates its entry. */
function watch(context: LoaderContext, options: ContentLoaderOptions, folder: string): void {
  const { watcher } = context;
  if (!watcher) return;
  const folders = watched.get(watcher) ?? new Set<string>();
  if (folders.has(folder)) return;
  watched.set(watcher, folders.add(folder));
  const isEntry = (file: string) => path.dirname(file) === folder && file.endsWith('.mdx');
  // Events of one file that arrive while its text settles are read by the latest one only,
  // so a broken file is reported once.
  const latest = new Map<string, number>();
  let events = 0;
  const reload = async (file: string) => {
    if (!isEntry(file)) return;
    const event = ++events;
    latest.set(file, event);
    try {
      const source = await settledText(file);
      if (latest.get(file) !== event || source === undefined) return;
      await loadEntry(context, options, folder, path.basename(file), source);
    } catch (error) {
      context.logger.error((error as Error).message);
    }
  };
  watcher.add(folder);
  // reload reports its own errors; the watcher has no use for its promise.
  watcher.on('change', (file) => void reload(file));
  watcher.on('add', (file) => void reload(file));
  watcher.on('unlink', (file) => {
    if (isEntry(file)) context.store.delete(path.basename(file).replace(/\.mdx$/u, ''));
  });
}
