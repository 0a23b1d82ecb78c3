/// <reference lib="webworker" />
/**
 * The service worker: what lets a cadre read, fill in and search offline what they opened or
 * saved. Bundled by src/integrations/offline.ts after Pagefind has written the index, with
 * the precache manifest (src/lib/offline/precache.ts) injected at `self.__WB_MANIFEST`.
 *
 * - The shell (CSS, fonts, scripts, the first page of each list, search, the offline pages) is
 *   precached when the worker installs.
 * - Pages are stale-while-revalidate: an opened page shows at once from the cache and is
 *   refreshed behind it; a copy written by an older build is not shown while the network
 *   answers (the reader would read stale text silently), only when it does not.
 * - Hashed files (Astro's assets, Pagefind's chunks) never change under one name: cache-first.
 * - Offline, whatever has no copy of its own answers from any cache (what the reader saved,
 *   src/client/offline/), and a page never opened gets the offline page.
 */
import { clientsClaim, setCacheNameDetails, type WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { CACHE_ID, offlineCaches } from '../lib/offline/caches';
import { IGNORED_PARAMETERS } from '../lib/offline/precache';
import { BUILD_HEADER, SW_MESSAGES, buildVersion, isHashedFile, isPage, pageCacheKey } from '../lib/offline/routing';
import { offlinePagePath } from '../lib/site/routes';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] };

const manifest = self.__WB_MANIFEST;
/** This build, from the precache's revisions: the worker itself changes whenever this does. */
const BUILD = buildVersion(manifest);
const scope = self.registration.scope;
const names = offlineCaches(scope);

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

registerRoute(
  ({ request, url }) => url.origin === self.location.origin && isPage(request.mode, url.pathname),
  new StaleWhileRevalidate({
    cacheName: names.pages,
    plugins: [
      withoutQuery,
      stampBuild,
      refreshSaved,
      new ExpirationPlugin({ maxEntries: 300, purgeOnQuotaError: true }),
    ],
  }),
);

registerRoute(
  ({ url }) => url.origin === self.location.origin && isHashedFile(url.pathname, scope),
  new CacheFirst({
    cacheName: names.files,
    plugins: [new ExpirationPlugin({ maxEntries: 600, purgeOnQuotaError: true })],
  }),
);

registerRoute(
  ({ request, url }) => url.origin === self.location.origin && request.method === 'GET',
  new StaleWhileRevalidate({
    cacheName: names.files,
    plugins: [stampBuild, refreshSaved, new ExpirationPlugin({ maxEntries: 600, purgeOnQuotaError: true })],
  }),
);

/** Offline: any cached copy (saved, or from an older build), else the offline page for a page. */
setCatchHandler(async ({ request, url }) => {
  if (!url || url.origin !== self.location.origin) return Response.error();
  const page = isPage(request.mode, url.pathname);
  const key = page ? pageCacheKey(url.href) : request.url;
  const cached =
    (await caches.match(key)) ??
    (await caches.match(key, { ignoreSearch: true })) ??
    (page ? await matchPrecache(`${key}index.html`) : undefined);
  if (cached) return cached;
  if (page) return (await matchPrecache(new URL(`.${offlinePagePath}index.html`, scope).href)) ?? Response.error();
  return Response.error();
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === SW_MESSAGES.skipWaiting) void self.skipWaiting();
});
