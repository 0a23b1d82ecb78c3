/// <reference lib="webworker" />
/**
 * The service worker: what lets a cadre read, fill in and search offline what they opened or
 * saved. Bundled by src/integrations/offline.ts after Pagefind has written the index, with
 * the precache manifest (src/lib/offline/precache.ts) injected at `self.__WB_MANIFEST`.
 *
 * - The shell (CSS, fonts, scripts, the first page of each list, search, the offline pages) is
 *   precached when the worker installs.
 * - Pages and unhashed files are network-first: online, the site's answer is what the reader
 *   gets (a plan taken off the site is its 404 page, not a kept copy: src/service-worker/
 *   gone.ts), and the kept copy only when the network fails or is slower than
 *   NETWORK_TIMEOUT_SECONDS. A copy written by an older build is not shown while the network
 *   may still answer, only when it does not.
 * - Hashed files (Astro's assets, Pagefind's chunks) never change under one name: cache-first.
 * - What the reader only read is kept within a byte budget per cache, the least recently used
 *   going first (src/service-worker/budget.ts); what they saved is never evicted.
 * - Offline, whatever has no copy of its own answers from any cache (what the reader saved,
 *   src/client/offline/), matched on its whole URL (routing.ts: fallbackKey), and a page
 *   never opened gets the offline page.
 */
import { clientsClaim, registerQuotaErrorCallback, setCacheNameDetails, type WorkboxPlugin } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { CACHE_BUDGETS } from '../lib/offline/budget';
import { forgetEntries } from '../lib/offline/cache-index';
import { CACHE_ID, offlineCaches } from '../lib/offline/caches';
import { IGNORED_PARAMETERS } from '../lib/offline/precache';
import {
  BUILD_HEADER,
  SW_MESSAGES,
  buildVersion,
  fallbackKey,
  isHashedFile,
  isPage,
  pageCacheKey,
} from '../lib/offline/routing';
import { offlinePagePath } from '../lib/site/routes';
import { byteBudget } from './budget';
import { dropGone } from './gone';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] };

const manifest = self.__WB_MANIFEST;
/** This build, from the precache's revisions: the worker itself changes whenever this does. */
const BUILD = buildVersion(manifest);
const scope = self.registration.scope;
const names = offlineCaches(scope);
/**
 * How long a page waits for the network before the kept copy shows: a plan's page (36–95 KB)
 * comes in well under this on 3G, and on a link that slow the reader reads the copy instead.
 */
const NETWORK_TIMEOUT_SECONDS = 3;

setCacheNameDetails({ prefix: CACHE_ID });
precacheAndRoute(manifest, { ignoreURLParametersMatching: [...IGNORED_PARAMETERS], directoryIndex: 'index.html' });
cleanupOutdatedCaches();
// The first visit's page is controlled at once, so what the reader does next is cached.
clientsClaim();

/** Marks each copy with the build that cached it. */
const stampBuild: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (!response.ok) return null;
    const headers = new Headers(response.headers);
    headers.set(BUILD_HEADER, BUILD);
    return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
  },
  // A copy from an older build is not shown while online: the strategy fetches instead, and
  // only if that fails does the catch handler below find the old copy.
  cachedResponseWillBeUsed: async ({ cachedResponse }) =>
    cachedResponse?.headers.get(BUILD_HEADER) === BUILD ? cachedResponse : null,
};

/** One copy per page, whatever the query (a search result adds the searched words). */
const withoutQuery: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => pageCacheKey(request.url),
};

/** A page the reader saved is refreshed whenever it is fetched online. */
const refreshSaved: WorkboxPlugin = {
  cacheDidUpdate: async ({ request, newResponse }) => {
    const saved = await caches.open(names.saved);
    if (await saved.match(request)) await saved.put(request, newResponse);
  },
};

const sameOrigin = (url: URL) => url.origin === self.location.origin;
const gone = (cacheName: string, keyOf: (url: string) => string) =>
  dropGone({ cacheName, savedName: names.saved, scope, keyOf });

registerRoute(
  ({ request, url }) => sameOrigin(url) && isPage(request.mode, url.pathname),
  new NetworkFirst({
    cacheName: names.pages,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [withoutQuery, stampBuild, gone(names.pages, pageCacheKey), refreshSaved, byteBudget(CACHE_BUDGETS.pages)],
  }),
);

registerRoute(
  ({ url }) => sameOrigin(url) && isHashedFile(url.pathname, scope),
  new CacheFirst({
    cacheName: names.files,
    plugins: [gone(names.files, (url) => url), byteBudget(CACHE_BUDGETS.files)],
  }),
);

registerRoute(
  ({ request, url }) => sameOrigin(url) && request.method === 'GET',
  new NetworkFirst({
    cacheName: names.files,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [stampBuild, gone(names.files, (url) => url), refreshSaved, byteBudget(CACHE_BUDGETS.files)],
  }),
);

// Storage full: what was only read goes, what the reader saved stays.
registerQuotaErrorCallback(async () => {
  for (const name of [names.pages, names.files]) {
    await caches.delete(name);
    await forgetEntries(name);
  }
});

/**
 * Offline: a copy of this very URL in any cache (what the reader saved, or a copy from an
 * older build), never another address's; else, for a page, the offline page.
 */
setCatchHandler(async ({ request, url }) => {
  if (!url || !sameOrigin(url)) return Response.error();
  const page = isPage(request.mode, url.pathname);
  const key = fallbackKey(url.href, page, scope);
  const cached = key
    ? ((await caches.match(key)) ?? (page ? await matchPrecache(`${key}index.html`) : undefined))
    : undefined;
  if (cached) return cached;
  if (page) return (await matchPrecache(new URL(`.${offlinePagePath}index.html`, scope).href)) ?? Response.error();
  return Response.error();
});

// The byte budgets replaced Workbox's entry counts, whose timestamps had a database of their own.
self.addEventListener('activate', () => void indexedDB.deleteDatabase('workbox-expiration'));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === SW_MESSAGES.skipWaiting) void self.skipWaiting();
});
