/**
 * The size and last use of every copy in the budgeted caches (`pages`, `files`), kept in
 * IndexedDB: what the byte budgets of budget.ts are counted against. The service worker
 * writes it (src/service-worker/budget.ts) and /da-luu/ reads the totals. Browser storage, no
 * DOM: the worker and the page share it. Rows are keyed by cache name and URL; a cache's name
 * carries its scope, so two copies of the site under two sub-paths keep apart.
 */
import type { CachedEntry } from './budget';

const DATABASE = 'so-tay-bo-nho';
const STORE = 'ban-sao';
const BY_CACHE = 'theo-bo-nho';

interface Row extends CachedEntry {
  cache: string;
}

function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB'));
  });
}

let opened: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opened ??= (() => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: ['cache', 'url'] }).createIndex(BY_CACHE, 'cache');
    };
    return settled(request);
  })();
  opened.catch(() => {
    opened = null;
  });
  return opened;
}

/** Every copy the index knows in one cache. */
export async function indexedEntries(cache: string): Promise<CachedEntry[]> {
  const db = await database();
  const rows = await settled(
    db.transaction(STORE).objectStore(STORE).index(BY_CACHE).getAll(cache) as IDBRequest<Row[]>,
  );
  return rows.map(({ url, bytes, used }) => ({ url, bytes, used }));
}

/**
 * A copy written (its size given) or read (its size known already) now. A read of a copy
 * the index does not know is left for the next count to measure (budget.ts: indexDrift).
 */
export async function noteUse(cache: string, url: string, bytes?: number, used = Date.now()): Promise<void> {
  const db = await database();
  const transaction = db.transaction(STORE, 'readwrite');
  const store = transaction.objectStore(STORE);
  const size = bytes ?? (await settled(store.get([cache, url]) as IDBRequest<Row | undefined>))?.bytes;
  if (size !== undefined) store.put({ cache, url, bytes: size, used } satisfies Row);
  await committed(transaction);
}

/** Copies gone from a cache (evicted, dropped, or the cache deleted: no URLs means all). */
export async function forgetEntries(cache: string, urls?: readonly string[]): Promise<void> {
  // Listed before the transaction opens: it would close while another one is awaited.
  const doomed = urls ?? (await indexedEntries(cache)).map((entry) => entry.url);
  if (doomed.length === 0) return;
  const db = await database();
  const transaction = db.transaction(STORE, 'readwrite');
  const store = transaction.objectStore(STORE);
  for (const url of doomed) store.delete([cache, url]);
  await committed(transaction);
}
