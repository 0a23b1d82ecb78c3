import { translator } from '../../i18n/format';
import type { SavedPagesMessage } from '../../lib/offline/save-view';
import { goneState } from '../../lib/offline/gone';
import { SEARCH_INDEX_ITEM } from '../../lib/offline/saved';
import { canSave, listItems, openSavedStore, removeAll, removeItem, type SavedItem } from './store';
import { spaceLines } from './saved-space';
import { checkSavedOnSite } from './site-check';
import { renderIndexOffer } from './saved-index-offer';
import { savedItemRow } from './saved-row';
import type { SavedPagesView } from './saved-view';
import { renderVisited } from './visited-pages';

/**
 * The /da-luu/ page: what the reader saved (title, files, size, day), each removable, all
 * removable, and marked when the site no longer has it (asked once the list shows, when
 * online); the search index to download for offline search, its size said first; the space
 * used; and the pages the browser kept because they were read (the `pages` cache). The
 * parts: saved-row.ts (a saved item), saved-index-offer.ts, saved-space.ts, visited-pages.ts.
 */
export async function startSavedPages(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-saved-pages]');
  if (!root) return;
  const view = await openView(root);
  if (!view) {
    root.querySelector<HTMLElement>('[data-saved-unsupported]')!.hidden = false;
    return;
  }
  const page = new SavedPagesList(view);
  view.removeAllButton.addEventListener('click', () => {
    if (!window.confirm(view.text('removeAllConfirm'))) return;
    void page.removed(() => removeAll(view.store), view.text('removedAll'));
  });
  await page.render();
  root.querySelector<HTMLElement>('[data-saved-ready]')!.hidden = false;
  await renderVisited(view, await listItems(view.store));
  if (navigator.onLine) await page.markGone();
}

// The page's parts and the open store; null where the browser cannot save or refuses storage.
async function openView(root: HTMLElement): Promise<SavedPagesView | null> {
  const text = translator(JSON.parse(root.getAttribute('data-messages') ?? '{}') as Record<SavedPagesMessage, string>);
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-saved-${name}]`)!;
  try {
    if (!canSave()) return null;
    const store = await openSavedStore();
    return {
      root,
      text,
      store,
      list: part<HTMLUListElement>('list'),
      empty: part('empty'),
      status: part('status'),
      error: part('error'),
      removeAllButton: part<HTMLButtonElement>('remove-all'),
      indexButton: part<HTMLButtonElement>('index'),
      indexUnavailable: part('index-unavailable'),
      visited: part<HTMLUListElement>('visited'),
      space: part<HTMLUListElement>('space'),
    };
  } catch {
    return null;
  }
}

/** The list of saved items, the index offer and the space used, drawn from the store. */
class SavedPagesList {
  constructor(private readonly view: SavedPagesView) {}

  readonly render = async (): Promise<void> => {
    const { view } = this;
    const items = await listItems(view.store);
    // The index last: the reader's pages first.
    items.sort((a, b) => Number(a.page === SEARCH_INDEX_ITEM) - Number(b.page === SEARCH_INDEX_ITEM));
    view.list.replaceChildren(...(await Promise.all(items.map((item) => this.row(item)))));
    view.empty.hidden = items.length > 0;
    view.removeAllButton.hidden = items.length === 0;
    await renderIndexOffer(view, items, this.render);
    const lines = await spaceLines(view.store, items, view.text);
    view.space.replaceChildren(
      ...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })),
    );
  };

  // What the site no longer has: the rows that changed are drawn again, the focus kept.
  async markGone(): Promise<void> {
    const { store, list } = this.view;
    if (!(await checkSavedOnSite(store, await listItems(store)))) return;
    for (const item of await listItems(store)) {
      const row = list.querySelector<HTMLLIElement>(`[data-saved-item="${CSS.escape(item.page)}"]`);
      if (!row || (row.dataset.savedGone ?? null) === (item.record ? goneState(item.record) : null)) continue;
      const focused = row.contains(document.activeElement);
      const fresh = await this.row(item);
      row.replaceWith(fresh);
      if (focused) fresh.querySelector('button')?.focus();
    }
  }

  // One item, or all of them, removed: the page drawn again, the removal said.
  async removed(remove: () => Promise<void>, said: string): Promise<void> {
    this.view.error.textContent = '';
    await remove();
    await this.render();
    this.view.status.textContent = said;
    this.focusAfterRemoval();
  }

  private row(item: SavedItem): Promise<HTMLLIElement> {
    return savedItemRow(this.view, item, (name) => {
      void this.removed(() => removeItem(this.view.store, item.page), this.view.text('removed', { title: name }));
    });
  }

  // The removed item's button is gone: focus goes to the next one, else to what follows.
  private focusAfterRemoval(): void {
    const { list, indexButton, root } = this.view;
    const next = list.querySelector('button') ?? (indexButton.hidden ? null : indexButton);
    (next ?? root.querySelector<HTMLElement>('#muc-da-luu'))?.focus();
  }
}
