import type { UiKey } from '../../i18n/t';

/**
 * What the "Lưu để đọc khi không có mạng" control (src/components/SaveOffline.astro), the
 * /da-luu/ page (src/pages/da-luu.astro) and the search page hand their scripts
 * (src/client/offline/): the attributes and the UI strings, by the names the scripts use.
 */
export const SAVE_DATA = {
  /** The control: hidden until the script knows the browser can save. */
  root: 'data-save-offline',
  /** The page saved (site path), its title and every file saved with it (JSON). */
  page: 'data-page',
  title: 'data-title',
  urls: 'data-urls',
  messages: 'data-messages',
} as const;

export const SAVE_MESSAGES = {
  button: 'save.button',
  withIndex: 'save.withIndex',
  saving: 'save.saving',
  saved: 'save.saved',
  list: 'save.list',
  remove: 'save.remove',
  removed: 'save.removed',
  failed: 'save.failed',
  full: 'save.full',
  error: 'save.error',
  offline: 'save.offline',
  index: 'savedPages.index',
} as const satisfies Record<string, UiKey>;
export type SaveMessage = keyof typeof SAVE_MESSAGES;

export const SAVED_PAGES_MESSAGES = {
  unsupported: 'savedPages.unsupported',
  empty: 'savedPages.empty',
  files: 'savedPages.files',
  remove: 'savedPages.remove',
  removeNamed: 'savedPages.removeNamed',
  removeAllConfirm: 'savedPages.removeAllConfirm',
  removed: 'savedPages.removed',
  removedAll: 'savedPages.removedAll',
  damaged: 'savedPages.damaged',
  index: 'savedPages.index',
  indexOffer: 'savedPages.indexOffer',
  indexUnavailable: 'savedPages.indexUnavailable',
  visitedEmpty: 'savedPages.visitedEmpty',
  siteName: 'site.name',
  working: 'savedPages.working',
  gonePage: 'savedPages.gonePage',
  goneFiles: 'savedPages.goneFiles',
  spaceSaved: 'savedPages.spaceSaved',
  spacePages: 'savedPages.spacePages',
  spaceFiles: 'savedPages.spaceFiles',
  spaceTotal: 'savedPages.spaceTotal',
  failed: 'save.failed',
  full: 'save.full',
  error: 'save.error',
} as const satisfies Record<string, UiKey>;
export type SavedPagesMessage = keyof typeof SAVED_PAGES_MESSAGES;

export const SEARCH_OFFLINE_MESSAGES = {
  offline: 'search.offline',
  indexSaved: 'search.offlineIndexSaved',
  getIndex: 'search.offlineGetIndex',
} as const satisfies Record<string, UiKey>;
export type SearchOfflineMessage = keyof typeof SEARCH_OFFLINE_MESSAGES;
