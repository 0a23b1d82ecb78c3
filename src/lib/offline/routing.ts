/**
 * How the service worker (src/service-worker/sw.ts) sorts requests and keys its copies. Pure,
 * so the rules are tested directly (tests/unit/offline/routing.test.ts).
 */

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
