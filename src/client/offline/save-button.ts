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

type Text = ReturnType<typeof translator<SaveMessage>>;
type Item = { page: string; record: SavedRecord };

/**
 * "Lưu để đọc khi không có mạng" on a plan, topic or form page (src/components/
 * SaveOffline.astro): saves the page and the files the build listed for it, shows the saved
 * state read back from the cache, removes it, and refreshes the saved files when the page is
 * opened online. Loaded by site.ts only on pages that have the control, so kept small: the
 * helpers below take what they need as arguments.
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
    part('size').textContent = text('saved', { size: formatBytes(bytes) });
    button.hidden = true;
    note.hidden = true;
    done.hidden = false;
  };
  const showUnsaved = async () => {
    done.hidden = true;
    button.hidden = false;
    button.disabled = false;
    // None while it is asked: a save meanwhile goes without it.
    index = null;
    index = await indexToAdd(store);
    if (!index) return;
    note.textContent = text('withIndex', { size: formatBytes(index.bytes) });
    note.hidden = false;
  };

  const existing = await readItem(store, page);
  if (existing?.record) {
    await showSaved(existing.record);
    if (navigator.onLine) void refreshItem(store, existing.record).then(() => showSaved(existing.record!));
  } else {
    await showUnsaved();
  }
  root.hidden = false;

  const saveClicked = async () => {
    error.textContent = '';
    status.textContent = '';
    if (!navigator.onLine) {
      error.textContent = text('offline');
      return;
    }
    button.disabled = true;
    const record: SavedRecord = { title, urls, savedAt: new Date().toISOString() };
    if (!(await saveShowingProgress(store, withIndex({ page, record }, index, text('index')), text, status, error))) {
      button.disabled = false;
      return;
    }
    await showSaved(record);
    done.focus();
  };
  const removeClicked = async () => {
    error.textContent = '';
    await removeItem(store, page);
    await showUnsaved();
    status.textContent = text('removed');
    button.focus();
  };
  button.addEventListener('click', () => void saveClicked());
  part('remove').addEventListener('click', () => void removeClicked());
}

// The search index to save with the page: none when it is saved already, absent or too large.
async function indexToAdd(store: SavedStore): Promise<SearchFiles | null> {
  if ((await readItem(store, SEARCH_INDEX_ITEM))?.record) return null;
  const files = await fetchSearchFiles(store);
  return files && files.files.length > 0 && files.bytes <= SEARCH_INDEX_WITH_PAGE_LIMIT ? files : null;
}

// The page's item, after the search index's (saved the same day) when it goes with it.
function withIndex(item: Item, index: SearchFiles | null, title: string): Item[] {
  return index
    ? [{ page: SEARCH_INDEX_ITEM, record: { title, urls: index.files, savedAt: item.record.savedAt } }, item]
    : [item];
}

// Saves the items, the progress in `status`; false, the failure said in `error`, when it fails.
async function saveShowingProgress(
  store: SavedStore,
  items: Item[],
  text: Text,
  status: HTMLElement,
  error: HTMLElement,
): Promise<boolean> {
  try {
    await saveItems(store, items, (count, total) => {
      status.textContent = text('saving', { done: count, total });
    });
    return true;
  } catch (failure) {
    error.textContent = saveErrorText(failure, text);
    return false;
  } finally {
    status.textContent = '';
  }
}
