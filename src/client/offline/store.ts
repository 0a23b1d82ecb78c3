import { offlineCaches, savedItemKey } from '../../lib/offline/caches';
import {
  filesToRemove,
  htmlTitle,
  parseRecord,
  parseSearchFiles,
  recordPage,
  recordResponse,
  type SavedRecord,
  type SearchFiles,
} from '../../lib/offline/saved';
import { PAGE_SCRIPT_DATA } from '../../lib/site/page-script';
import { searchFilesPath, withBase } from '../../lib/site/routes';

/**
 * The `saved` cache as the pages use it: save an item (its files, then its record, last, so
 * a half-saved item never shows as saved), list, measure, refresh and remove items. Records
 * and lists hold site paths without the base; the cache's keys are absolute URLs.
 */

/** Whether this browser can save for offline reading: Cache Storage and service workers. */
export function canSave(): boolean {
  return window.isSecureContext && 'caches' in window && 'serviceWorker' in navigator;
}

export interface SavedStore {
  base: string;
  scope: string;
  /** The saved cache's name, and the cache. */
  name: string;
  cache: Cache;
  /** The absolute URL of a site path. */
  url: (path: string) => string;
  /** The key of an item's record. */
  key: (page: string) => string;
}

export async function openSavedStore(): Promise<SavedStore> {
  const base = document.documentElement.getAttribute(PAGE_SCRIPT_DATA.base) ?? '/';
  const scope = new URL(base, location.href).href;
  const name = offlineCaches(scope).saved;
  const cache = await caches.open(name);
  return {
    base,
    scope,
    name,
    cache,
    url: (path) => new URL(withBase(base, path), location.href).href,
    key: (page) => savedItemKey(scope, page),
  };
}

export interface SavedItem {
  page: string;
  /** Null when the record cannot be read (damaged): it is listed so it can be removed. */
  record: SavedRecord | null;
}

export async function readItem(store: SavedStore, page: string): Promise<SavedItem | null> {
  const response = await store.cache.match(store.key(page));
  if (!response) return null;
  return { page, record: parseRecord(await response.text()) };
}

/** Every saved item, in the order saved. */
export async function listItems(store: SavedStore): Promise<SavedItem[]> {
  const items: SavedItem[] = [];
  for (const request of await store.cache.keys()) {
    const page = recordPage(request.url, store.scope);
    if (page === null) continue;
    const response = await store.cache.match(request);
    items.push({ page, record: parseRecord(response ? await response.text() : '') });
  }
  return items;
}

/** How many of the files are in the cache, and the size of their bodies. */
export async function measure(store: SavedStore, urls: readonly string[]): Promise<{ count: number; bytes: number }> {
  let count = 0;
  let bytes = 0;
  for (const path of urls) {
    const response = await store.cache.match(store.url(path));
    if (!response) continue;
    count += 1;
    bytes += (await response.blob()).size;
  }
  return { count, bytes };
}

/** Why saving stopped: a file that did not load, full storage, or anything else. */
export class SaveError extends Error {
  constructor(
    readonly kind: 'fetch' | 'full' | 'other',
    readonly file = '',
    reason = '',
  ) {
    super(reason || kind);
  }
}

/**
 * What a failed save says to the reader, in the page's words (a file that did not come, full
 * storage, anything else): one wording for the save control and for /da-luu/.
 */
export function saveErrorText(
  failure: unknown,
  text: (key: 'failed' | 'full' | 'error', values?: Record<string, string>) => string,
): string {
  const reason = asSaveError(failure);
  if (reason.kind === 'fetch') return text('failed', { file: reason.file });
  return reason.kind === 'full' ? text('full') : text('error', { reason: reason.message });
}

const PARALLEL_FETCHES = 4;

function asSaveError(error: unknown): SaveError {
  if (error instanceof SaveError) return error;
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return new SaveError('full');
  return new SaveError('other', '', error instanceof Error ? error.message : String(error));
}

/** Caches of saves under way are named after the saved cache, with this and their start time. */
const STAGING = '-dang-luu-';
/** A save older than this is over (its tab was closed mid-way): its staging cache is dropped. */
const STALE_STAGING_MS = 10 * 60 * 1000;

/**
 * Saves items: every file they list (fetched past the HTTP cache) into a cache of this attempt
 * alone, then, all fetched, copied into the saved cache, then their records, last. When
 * anything fails, what this attempt added is removed again (files other items had saved stay)
 * and the error says why. Fetching into a cache of its own keeps the saved cache out of
 * reach of the service worker meanwhile: it refreshes any saved copy of a file it fetches,
 * and would put back a file this attempt had just removed.
 */
export async function saveItems(
  store: SavedStore,
  items: readonly { page: string; record: SavedRecord }[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<void> {
  const paths = [...new Set(items.flatMap((item) => item.record.urls))];
  const now = Date.now();
  for (const name of await caches.keys()) {
    const started = name.startsWith(`${store.name}${STAGING}`)
      ? Number(name.slice(store.name.length + STAGING.length).split('-')[0])
      : NaN;
    if (now - started > STALE_STAGING_MS) await caches.delete(name);
  }
  const stagingName = `${store.name}${STAGING}${now}-${Math.random().toString(36).slice(2)}`;
  const before = new Set((await store.cache.keys()).map((request) => request.url));
  const added: string[] = [];
  // An object, not a variable: the workers set it, and TypeScript would narrow a variable to null.
  const state: { failure: SaveError | null } = { failure: null };
  try {
    const staging = await caches.open(stagingName);
    let done = 0;
    let next = 0;
    const worker = async () => {
      while (state.failure === null && next < paths.length) {
        const path = paths[next++]!;
        const url = store.url(path);
        try {
          let response: Response;
          try {
            response = await fetch(url, { cache: 'no-cache' });
          } catch {
            throw new SaveError('fetch', path);
          }
          if (!response.ok) throw new SaveError('fetch', path);
          await staging.put(url, response);
          onProgress(++done, paths.length);
        } catch (error) {
          state.failure ??= asSaveError(error);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_FETCHES, paths.length) }, worker));
    if (state.failure === null) {
      for (const path of paths) {
        const url = store.url(path);
        const response = await staging.match(url);
        if (!response) throw new SaveError('other', path, 'missing');
        await store.cache.put(url, response);
        if (!before.has(url)) added.push(url);
      }
      for (const item of items) {
        const key = store.key(item.page);
        await store.cache.put(key, recordResponse(item.record));
        if (!before.has(key)) added.push(key);
      }
    }
  } catch (error) {
    state.failure ??= asSaveError(error);
  } finally {
    await caches.delete(stagingName).catch(() => false);
  }
  if (state.failure !== null) {
    await Promise.all(added.map((url) => store.cache.delete(url)));
    throw state.failure;
  }
}

/**
 * Removes an item: its record first (so it never shows as saved without its files), then its
 * files that no other item needs. A damaged record names no files: removing it also removes
 * every file no readable record needs.
 */
export async function removeItem(store: SavedStore, page: string): Promise<void> {
  const items = await listItems(store);
  const target = items.find((item) => item.page === page);
  const others = items.filter((item) => item.page !== page);
  const otherUrls = others.map((item) => item.record?.urls ?? []);
  await store.cache.delete(store.key(page));
  if (target?.record) {
    await Promise.all(filesToRemove(target.record.urls, otherUrls).map((path) => store.cache.delete(store.url(path))));
    return;
  }
  const needed = new Set(otherUrls.flat().map(store.url));
  for (const request of await store.cache.keys()) {
    if (recordPage(request.url, store.scope) === null && !needed.has(request.url)) await store.cache.delete(request);
  }
}

export async function removeAll(store: SavedStore): Promise<void> {
  await caches.delete(offlineCaches(store.scope).saved);
  store.cache = await caches.open(offlineCaches(store.scope).saved);
}

/**
 * Fetches a saved item's files again and replaces the saved copies ("saved pages are
 * refreshed on the next visit online"); a file that does not load keeps its old copy.
 */
export async function refreshItem(store: SavedStore, record: SavedRecord): Promise<void> {
  for (const path of record.urls) {
    const url = store.url(path);
    try {
      const response = await fetch(url, { cache: 'no-cache' });
      // Only files still saved: the reader may have removed the item meanwhile.
      if (response.ok && (await store.cache.match(url))) await store.cache.put(url, response);
    } catch {
      // Offline again, or the file is gone: the saved copy stays.
    }
  }
}

/** The search index's files and size, as the build lists them; null when they cannot be read. */
export async function fetchSearchFiles(store: SavedStore): Promise<SearchFiles | null> {
  try {
    const response = await fetch(store.url(searchFilesPath), { cache: 'no-cache' });
    return response.ok ? parseSearchFiles(await response.json()) : null;
  } catch {
    return null;
  }
}

/**
 * The pages the browser kept because they were read (the worker's `pages` cache), with their
 * titles from the kept HTML (the site name taken off by `siteSuffix`), leaving out `skip`
 * (absolute URLs). Listed on /da-luu/ and on the offline page.
 */
export async function listVisitedPages(
  store: SavedStore,
  skip: ReadonlySet<string>,
  siteSuffix: string,
): Promise<{ url: string; title: string }[]> {
  const pages = await caches.open(offlineCaches(store.scope).pages);
  const visited: { url: string; title: string }[] = [];
  for (const request of await pages.keys()) {
    if (skip.has(request.url)) continue;
    const response = await pages.match(request);
    const type = response?.headers.get('Content-Type') ?? '';
    if (!response || (type && !type.includes('html'))) continue;
    const title = htmlTitle(await response.text()) ?? new URL(request.url).pathname;
    visited.push({ url: request.url, title: title.endsWith(siteSuffix) ? title.slice(0, -siteSuffix.length) : title });
  }
  return visited;
}
