import type { SavedPagesMessage } from '../../lib/offline/save-view';
import type { SavedStore } from './store';

/**
 * The /da-luu/ page's parts, its messages and the open store: what the modules drawing it
 * (saved-row.ts, saved-index-offer.ts, visited-pages.ts, saved-pages.ts) share.
 */
export interface SavedPagesView {
  root: HTMLElement;
  text: (name: SavedPagesMessage, values?: Record<string, string | number>) => string;
  store: SavedStore;
  list: HTMLUListElement;
  empty: HTMLElement;
  status: HTMLElement;
  error: HTMLElement;
  removeAllButton: HTMLButtonElement;
  indexButton: HTMLButtonElement;
  indexUnavailable: HTMLElement;
  visited: HTMLUListElement;
  space: HTMLUListElement;
}
