import { translator } from '../../i18n/format';
import { formatBytes } from '../../lib/text/bytes';
import type { SavedPagesMessage } from '../../lib/offline/save-view';
import { goneState } from '../../lib/offline/gone';
import { formatSavedDate, SEARCH_INDEX_ITEM, type SavedRecord } from '../../lib/offline/saved';
import {
  canSave,
  fetchSearchFiles,
  listItems,
  listVisitedPages,
  measure,
  openSavedStore,
  removeAll,
  removeItem,
  saveItems,
  saveErrorText,
  type SavedItem,
  type SavedStore,
} from './store';
import { spaceLines } from './saved-space';
import { checkSavedOnSite } from './site-check';
import { offlinePagePath, savedPagesPath, withBase } from '../../lib/site/routes';

/**
 * The /da-luu/ page: what the reader saved (title, files, size, day), each removable, all
 * removable, and marked when the site no longer has it (asked once the list shows, when
 * online); the search index to download for offline search, its size said first; the space
 * used; and the pages the browser kept because they were read (the `pages` cache).
 */
export async function startSavedPages(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-saved-pages]');
  if (!root) return;
  const text = translator(JSON.parse(root.getAttribute('data-messages') ?? '{}') as Record<SavedPagesMessage, string>);
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-saved-${name}]`)!;
  let store: SavedStore;
  try {
    if (!canSave()) throw new Error('unsupported');
    store = await openSavedStore();
  } catch {
    part('unsupported').hidden = false;
    return;
  }
  const list = part<HTMLUListElement>('list');
  const empty = part('empty');
  const status = part('status');
  const error = part('error');
  const removeAllButton = part<HTMLButtonElement>('remove-all');
  const indexButton = part<HTMLButtonElement>('index');
  const indexUnavailable = part('index-unavailable');
  const visited = part<HTMLUListElement>('visited');
  const space = part<HTMLUListElement>('space');

  // The removed item's button is gone: focus goes to the next one, else to what follows.
  const focusAfterRemoval = () => {
    const next = list.querySelector('button') ?? (indexButton.hidden ? null : indexButton);
    (next ?? root.querySelector<HTMLElement>('#muc-da-luu'))?.focus();
  };

  const showError = (failure: unknown) => {
    error.textContent = saveErrorText(failure, text);
  };

  const itemRow = async (item: SavedItem): Promise<HTMLLIElement> => {
    const row = document.createElement('li');
    row.dataset.savedItem = item.page;
    const about = document.createElement('div');
    const name = item.record ? item.record.title : text('damaged');
    if (item.record && item.page !== SEARCH_INDEX_ITEM) {
      const link = document.createElement('a');
      link.className = 'saved-pages__title';
      link.href = withBase(store.base, item.page);
      link.textContent = item.record.title;
      about.append(link);
    } else {
      const title = document.createElement('span');
      title.className = 'saved-pages__title';
      title.textContent = name;
      about.append(title);
    }
    if (item.record) {
      const { count, bytes } = await measure(store, item.record.urls);
      const facts = document.createElement('p');
      facts.className = 'saved-pages__facts';
      facts.textContent = text('files', {
        count,
        size: formatBytes(bytes),
        date: formatSavedDate(item.record.savedAt),
      });
      about.append(facts);
      const gone = goneState(item.record);
      if (gone) {
        row.dataset.savedGone = gone;
        const note = document.createElement('p');
        note.className = 'saved-pages__gone';
        note.textContent = text(gone === 'page' ? 'gonePage' : 'goneFiles');
        about.append(note);
      }
    }
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'button button--secondary';
    remove.textContent = text('remove');
    remove.setAttribute('aria-label', text('removeNamed', { title: name }));
    remove.addEventListener('click', () => {
      void (async () => {
        error.textContent = '';
        await removeItem(store, item.page);
        await render();
        status.textContent = text('removed', { title: name });
        focusAfterRemoval();
      })();
    });
    row.append(about, remove);
    return row;
  };

  const renderIndexOffer = async (items: SavedItem[]) => {
    indexButton.hidden = true;
    indexUnavailable.hidden = true;
    if (items.some((item) => item.page === SEARCH_INDEX_ITEM && item.record)) return;
    const files = await fetchSearchFiles(store);
    if (!files || files.files.length === 0) {
      indexUnavailable.hidden = false;
      return;
    }
    indexButton.textContent = text('indexOffer', { size: formatBytes(files.bytes) });
    indexButton.hidden = false;
    indexButton.onclick = () => {
      void (async () => {
        error.textContent = '';
        indexButton.disabled = true;
        status.textContent = text('working');
        const record: SavedRecord = { title: text('index'), urls: files.files, savedAt: new Date().toISOString() };
        try {
          await saveItems(store, [{ page: SEARCH_INDEX_ITEM, record }]);
          status.textContent = '';
        } catch (failure) {
          status.textContent = '';
          showError(failure);
        }
        indexButton.disabled = false;
        await render();
        list.querySelector<HTMLElement>(`[data-saved-item="${SEARCH_INDEX_ITEM}"] button`)?.focus();
      })();
    };
  };

  // Pages listed above (saved), and this page and the offline page, are not listed again.
  const renderVisited = async (items: SavedItem[]) => {
    const skip = new Set(
      [...items.flatMap((item) => item.record?.urls ?? []), savedPagesPath, offlinePagePath].map(store.url),
    );
    const rows: HTMLLIElement[] = [];
    for (const page of await listVisitedPages(store, skip, ` · ${text('siteName')}`)) {
      const row = document.createElement('li');
      const link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.title;
      row.append(link);
      rows.push(row);
    }
    if (rows.length === 0) {
      const row = document.createElement('li');
      row.textContent = text('visitedEmpty');
      rows.push(row);
    }
    visited.replaceChildren(...rows);
  };

  const renderSpace = async (items: SavedItem[]) => {
    const lines = await spaceLines(store, items, text);
    space.replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  };

  const render = async () => {
    const items = await listItems(store);
    // The index last: the reader's pages first.
    items.sort((a, b) => Number(a.page === SEARCH_INDEX_ITEM) - Number(b.page === SEARCH_INDEX_ITEM));
    list.replaceChildren(...(await Promise.all(items.map(itemRow))));
    empty.hidden = items.length > 0;
    removeAllButton.hidden = items.length === 0;
    await renderIndexOffer(items);
    await renderSpace(items);
  };

  // What the site no longer has: the rows that changed are drawn again, the focus kept.
  const markGone = async () => {
    if (!(await checkSavedOnSite(store, await listItems(store)))) return;
    for (const item of await listItems(store)) {
      const row = list.querySelector<HTMLLIElement>(`[data-saved-item="${CSS.escape(item.page)}"]`);
      if (!row || (row.dataset.savedGone ?? null) === (item.record ? goneState(item.record) : null)) continue;
      const focused = row.contains(document.activeElement);
      const fresh = await itemRow(item);
      row.replaceWith(fresh);
      if (focused) fresh.querySelector('button')?.focus();
    }
  };

  removeAllButton.addEventListener('click', () => {
    if (!window.confirm(text('removeAllConfirm'))) return;
    void (async () => {
      error.textContent = '';
      await removeAll(store);
      await render();
      status.textContent = text('removedAll');
      focusAfterRemoval();
    })();
  });

  await render();
  part('ready').hidden = false;
  await renderVisited(await listItems(store));
  if (navigator.onLine) await markGone();
}
