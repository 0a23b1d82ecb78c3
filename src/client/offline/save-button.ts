import { translator } from '../../i18n/format';
import { formatBytes } from '../../lib/text/bytes';
import { SAVE_DATA, type SaveMessage } from '../../lib/offline/save-view';
import {
  SEARCH_INDEX_ITEM,
  SEARCH_INDEX_WITH_PAGE_LIMIT,
  type SavedRecord,
  type SearchFiles,
} from '../../lib/offline/saved';
import {
  canSave,
  fetchSearchFiles,
  measure,
  openSavedStore,
  readItem,
  refreshItem,
  removeItem,
  saveItems,
  saveErrorText,
  type SavedStore,
} from './store';

/**
 * "Lưu để đọc khi không có mạng" on a plan, topic or form page (src/components/
 * SaveOffline.astro): saves the page and the files the build listed for it, shows the saved
 * state read back from the cache, removes it, and refreshes the saved files when the page is
 * opened online. Loaded by site.ts only on pages that have the control.
 */
export async function startSaveButton(root: HTMLElement): Promise<void> {
  if (!canSave()) return;
  const text = translator(JSON.parse(root.getAttribute(SAVE_DATA.messages) ?? '{}') as Record<SaveMessage, string>);
  const page = root.getAttribute(SAVE_DATA.page)!;
  const title = root.getAttribute(SAVE_DATA.title)!;
  const urls = JSON.parse(root.getAttribute(SAVE_DATA.urls) ?? '[]') as string[];
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-save-${name}]`)!;
  const button = part<HTMLButtonElement>('button');
  const note = part('note');
  const done = part('done');
  const size = part('size');
  const remove = part<HTMLButtonElement>('remove');
  const status = part('status');
  const error = part('error');

  let store: SavedStore;
  try {
    store = await openSavedStore();
  } catch {
    // Storage refused (a private window in some browsers): nothing to offer.
    return;
  }
  // The search index goes with the page when it is small and not saved yet (said first).
  let index: SearchFiles | null = null;

  const showSaved = async (record: SavedRecord) => {
    const { bytes } = await measure(store, record.urls);
    size.textContent = text('saved', { size: formatBytes(bytes) });
    button.hidden = true;
    note.hidden = true;
    done.hidden = false;
  };
  const showUnsaved = async () => {
    done.hidden = true;
    button.hidden = false;
    button.disabled = false;
    index = null;
    if ((await readItem(store, SEARCH_INDEX_ITEM))?.record) return;
    const files = await fetchSearchFiles(store);
    if (files && files.files.length > 0 && files.bytes <= SEARCH_INDEX_WITH_PAGE_LIMIT) {
      index = files;
      note.textContent = text('withIndex', { size: formatBytes(files.bytes) });
      note.hidden = false;
    }
  };

  const existing = await readItem(store, page);
  if (existing?.record) {
    await showSaved(existing.record);
    if (navigator.onLine) void refreshItem(store, existing.record).then(() => showSaved(existing.record!));
  } else {
    await showUnsaved();
  }
  root.hidden = false;

  button.addEventListener('click', () => {
    void (async () => {
      error.textContent = '';
      status.textContent = '';
      if (!navigator.onLine) {
        error.textContent = text('offline');
        return;
      }
      button.disabled = true;
      const savedAt = new Date().toISOString();
      const record: SavedRecord = { title, urls, savedAt };
      const items = [{ page, record }];
      if (index)
        items.unshift({ page: SEARCH_INDEX_ITEM, record: { title: text('index'), urls: index.files, savedAt } });
      try {
        await saveItems(store, items, (count, total) => {
          status.textContent = text('saving', { done: count, total });
        });
      } catch (failure) {
        status.textContent = '';
        error.textContent = saveErrorText(failure, text);
        button.disabled = false;
        return;
      }
      status.textContent = '';
      await showSaved(record);
      done.focus();
    })();
  });

  remove.addEventListener('click', () => {
    void (async () => {
      error.textContent = '';
      await removeItem(store, page);
      await showUnsaved();
      status.textContent = text('removed');
      button.focus();
    })();
  });
}
