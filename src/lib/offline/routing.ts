/**
 * How the service worker (src/service-worker/sw.ts) sorts requests and keys its copies. Pure,
 * so the rules are tested directly (tests/unit/offline/routing.test.ts).
 */
import { savedRecordPrefix } from './caches';
import { IGNORED_PARAMETERS } from './precache';

/** Set on every copy the worker caches at run time: the build that wrote it (buildVersion). */
export const BUILD_HEADER = 'X-So-Tay-Build';

/** Messages a page posts to the worker (workbox-window's messageSkipWaiting sends this one). */
export const SW_MESSAGES = { skipWaiting: 'SKIP_WAITING' } as const;

/**
 * A short, stable name for a build: FNV-1a over the precache's URLs and revisions. Any change
 * to the shell (and every content change reaches Pagefind's entry file) gives another name.
 */
export function buildVersion(entries: readonly (string | { url: string; revision?: string | null })[]): string {
  let hash = 0x811c9dc5;
  for (const entry of entries) {
    const text = typeof entry === 'string' ? entry : `${entry.url} ${entry.revision ?? ''}`;
    for (let index = 0; index < text.length; index += 1) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hash ^= 0x0a;
  }
  return hash.toString(36);
}

/**
 * A page of the site: every page path ends in "/" (trailingSlash: 'always'), and a browser
 * navigation is one whatever its path. Files (.docx, .ics, .json, …) are not pages.
 */
export function isPage(mode: string, pathname: string): boolean {
  return mode === 'navigate' || pathname.endsWith('/');
}

/** The one copy of a page: its address without query or fragment ("?q=…" marks search words). */
export function pageCacheKey(url: string): string {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  return key.href;
}

/**
 * The one key an offline request may be answered from, matched exactly, query included: a
 * page's copy (pageCacheKey: a page is the same whatever its query), a file's own URL less
 * only the parameters the precache ignores too (Pagefind's "?ts="), and none for an address
 * under the records of saved items (savedRecordPrefix): they are the saved list's data,
 * never a page, and one record must never answer for another address.
 */
export function fallbackKey(url: string, page: boolean, scope: string): string | null {
  const key = new URL(page ? pageCacheKey(url) : url);
  key.hash = '';
  const ignored = [...key.searchParams.keys()].filter((name) => IGNORED_PARAMETERS.some((rule) => rule.test(name)));
  // Only then is the query written anew (URLSearchParams re-encodes what it writes).
  for (const name of ignored) key.searchParams.delete(name);
  return key.href.startsWith(savedRecordPrefix(scope)) ? null : key.href;
}

/** The site path (without the base, as saved records list them) of a URL within `scope`; null outside. */
export function sitePath(url: string, scope: string): string | null {
  const base = new URL(scope);
  const target = new URL(url);
  if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) return null;
  return `/${target.pathname.slice(base.pathname.length)}`;
}

/**
 * Files whose name changes with their content: Astro's assets (name.<hash>.ext) and Pagefind's
 * index, fragment and filter chunks (<lang>_<hash>.pf_*). They can be served from the cache
 * without asking again. `scope` is the worker's scope (the site's address with its base).
 */
export function isHashedFile(pathname: string, scope: string): boolean {
  const base = new URL(scope).pathname;
  if (!pathname.startsWith(base)) return false;
  const path = pathname.slice(base.length);
  return (
    /^_astro\/[^/]+$/u.test(path) ||
    /^pagefind\/(index|fragment|filter)\/[^/]+\.pf_(index|fragment|filter)$/u.test(path)
  );
}
