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
} as const;
