/**
 * The Cache Storage caches of offline reading, shared by the service worker
 * (src/service-worker/sw.ts), the pages' scripts (saving, /da-luu/) and the tests. Pure, so
 * browser code and the build may both import it.
 *
 * Every name ends with the service worker's scope (the site's address with its base), so
 * two copies of the site under two sub-paths of one host never read each other's caches.
 */

/** Workbox's precache of the shell gets this prefix (its cacheId): "so-tay-precache-v2-<scope>". */
export const CACHE_ID = 'so-tay';

export interface OfflineCaches {
  /** Pages the reader opened (stale-while-revalidate): what can be read again offline. */
  pages: string;
  /** Files: hashed assets, search index chunks, .docx, calendars (cache-first or revalidated). */
  files: string;
  /**
   * What the reader saved with "Lưu để đọc khi không có mạng": the pages, the forms' pages
   * and .docx, and, when saved, the whole search index. Kept until the reader removes it;
   * refreshed when a saved page is opened online. Holds one record per saved item as well
   * (savedItemKey), so the list and the files can never disagree.
   */
  saved: string;
}

/** The caches of the service worker registered at `scope` (an absolute URL ending in "/"). */
export function offlineCaches(scope: string): OfflineCaches {
  return {
    pages: `${CACHE_ID}-trang-da-xem-${scope}`,
    files: `${CACHE_ID}-tep-${scope}`,
    saved: `${CACHE_ID}-da-luu-${scope}`,
  };
}

/**
 * The key (a URL within the scope that the site never serves) of the record of one saved item:
 * { title, urls, savedAt } as JSON. `page` is the site path of the page the reader saved.
 */
export function savedItemKey(scope: string, page: string): string {
  return `${savedRecordPrefix(scope)}?trang=${encodeURIComponent(page)}`;
}

/** Where the records of saved items are kept: every record key starts so, and nothing else's does. */
export function savedRecordPrefix(scope: string): string {
  return `${scope}da-luu/muc`;
}
