/**
 * What every page tells its one shared script (src/client/site.ts) by attributes on
 * `<html>`: the page carries no inline script (see src/lib/site/csp.ts), so these replace
 * the values an inline script used to be given.
 */
export const PAGE_SCRIPT_DATA = {
  /** Query parameter carrying the searched words to that page. */
  highlightParam: 'data-highlight-param',
  /** The site's base ("/" or "/so-tay/"): where the service worker and the offline pages are. */
  base: 'data-base',
  /**
   * The service worker's address, on built pages only: `astro dev` serves no worker. (Not
   * import.meta.env.DEV in the script: that would make the script's bytes depend on
   * NODE_ENV, and two builds of the same content must be byte-identical.)
   */
  serviceWorker: 'data-sw',
} as const;
