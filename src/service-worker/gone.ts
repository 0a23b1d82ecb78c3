/// <reference lib="webworker" />
/**
 * A page or file the site now answers 404 or 410 for (a plan taken off the site): the answer
 * goes to the reader as it is, the copy the worker kept of it is dropped, and every saved
 * item holding it is marked (src/lib/offline/gone.ts), so /da-luu/ can say so. The
 * saved copy itself stays, readable offline, until the reader removes it.
 */
import type { WorkboxPlugin } from 'workbox-core';
import { forgetEntries } from '../lib/offline/cache-index';
import { sitePath } from '../lib/offline/routing';
import { noteGone } from '../lib/offline/gone';

export function dropGone(options: {
  cacheName: string;
  savedName: string;
  scope: string;
  /** The key the cache keeps the copy under (a page's has no query). */
  keyOf: (url: string) => string;
}): WorkboxPlugin {
  return {
    fetchDidSucceed: async ({ request, response }) => {
      if (response.status !== 404 && response.status !== 410) return response;
      const key = options.keyOf(request.url);
      try {
        await (await caches.open(options.cacheName)).delete(key);
        await forgetEntries(options.cacheName, [key]);
        const path = sitePath(key, options.scope);
        if (path) await noteGone(await caches.open(options.savedName), options.scope, [path], new Set([path]));
      } catch {
        // Storage refused: the reader still gets the site's answer.
      }
      return response;
    },
  };
}
