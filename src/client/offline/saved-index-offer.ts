import { formatBytes } from '../../lib/text/bytes';
import { SEARCH_INDEX_ITEM, type SavedRecord, type SearchFiles } from '../../lib/offline/saved';
import { fetchSearchFiles, saveErrorText, saveItems, type SavedItem } from './store';
import type { SavedPagesView } from './saved-view';

/**
 * The search index offered for download on /da-luu/, its size said first: hidden when it is
 * saved already, "unavailable" when the site lists no index files. `render` draws the page
 * again once it is saved.
 */
export async function renderIndexOffer(
  view: SavedPagesView,
  items: SavedItem[],
  render: () => Promise<void>,
): Promise<void> {
  const { indexButton, indexUnavailable, text } = view;
  indexButton.hidden = true;
  indexUnavailable.hidden = true;
  if (items.some((item) => item.page === SEARCH_INDEX_ITEM && item.record)) return;
  const files = await fetchSearchFiles(view.store);
  if (!files || files.files.length === 0) {
    indexUnavailable.hidden = false;
    return;
  }
  indexButton.textContent = text('indexOffer', { size: formatBytes(files.bytes) });
  indexButton.hidden = false;
  indexButton.onclick = () => void saveIndex(view, files, render);
}

// Saves the index, then focuses its row's button in the list drawn again.
async function saveIndex(view: SavedPagesView, files: SearchFiles, render: () => Promise<void>): Promise<void> {
  const { indexButton, status, error, text } = view;
  error.textContent = '';
  indexButton.disabled = true;
  status.textContent = text('working');
  const record: SavedRecord = { title: text('index'), urls: files.files, savedAt: new Date().toISOString() };
  try {
    await saveItems(view.store, [{ page: SEARCH_INDEX_ITEM, record }]);
    status.textContent = '';
  } catch (failure) {
    status.textContent = '';
    error.textContent = saveErrorText(failure, text);
  }
  indexButton.disabled = false;
  await render();
  view.list.querySelector<HTMLElement>(`[data-saved-item="${SEARCH_INDEX_ITEM}"] button`)?.focus();
}
