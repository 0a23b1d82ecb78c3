import type { UiKey } from '../../i18n/t';

/**
 * What the search page (src/pages/tim-kiem.astro) and its script (src/client/search/) agree
 * on: the data-* attributes the script finds its parts by, the filters offered, and the UI
 * strings the page hands over. The page writes the bare markers literally (Astro has no
 * computed attribute names); tests/build/page-scripts.test.ts checks the built page carries
 * each one.
 */
export const SEARCH_DATA = {
  /** The whole search, with the Pagefind bundle's URL and the script's UI strings. */
  page: 'data-search-page',
  bundle: 'data-bundle',
  messages: 'data-messages',
  /** The <details> around the filters, shown once Pagefind has loaded. */
  filtersBox: 'data-search-filters-box',
  /** The filters' fieldset, shown once their values have been fetched. */
  filters: 'data-search-filters',
  /** On each filter's <select>, with the filter's name. */
  filter: 'data-filter',
  status: 'data-search-status',
  results: 'data-search-results',
  more: 'data-search-more',
  /** Set by the script once it listens to the form. */
  ready: 'data-search-ready',
} as const;
export type SearchData = keyof typeof SEARCH_DATA;

/** CSS selector of the elements that carry one of the attributes. */
export const searchSelector = (name: SearchData): string => `[${SEARCH_DATA[name]}]`;

/** URL parameter of the words searched (spelled once, in the routes module). */
export { SEARCH_QUERY_PARAM as QUERY_PARAM } from '../site/routes';

/**
 * The Pagefind filters the page offers, in the form's order (SearchMeta.astro records
 * them on every page); each is a <select name> and a URL parameter.
 */
export const SEARCH_FILTERS = ['loai', 'nam', 'tinh', 'co-quan'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/**
 * The UI strings the page hands its script (as data-messages, by pickMessages), by the
 * names the script uses. `all` and `more` are not read by the script (the page renders
 * them itself); they stay so that the page's HTML did not change with this module.
 */
export const SEARCH_MESSAGES = {
  count: 'search.count',
  countOne: 'search.countOne',
  searching: 'search.searching',
  empty: 'search.empty',
  emptyHint: 'search.emptyHint',
  failed: 'search.failed',
  all: 'search.filter.all',
  more: 'search.more',
  sections: 'search.sections',
} as const satisfies Record<string, UiKey>;
export type SearchMessage = keyof typeof SEARCH_MESSAGES;
