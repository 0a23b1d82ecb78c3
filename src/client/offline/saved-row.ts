import { formatBytes } from '../../lib/text/bytes';
import { goneState } from '../../lib/offline/gone';
import { formatSavedDate, SEARCH_INDEX_ITEM, type SavedRecord } from '../../lib/offline/saved';
import { withBase } from '../../lib/site/routes';
import { measure, type SavedItem } from './store';
import type { SavedPagesView } from './saved-view';

/**
 * One row of /da-luu/'s list: the saved item's title (a link, but for the search index and
 * a damaged record), its files, size and day, whether the site still has it, and its
 * remove button, which calls `onRemove` with the name it read out.
 */
export async function savedItemRow(
  view: SavedPagesView,
  item: SavedItem,
  onRemove: (name: string) => void,
): Promise<HTMLLIElement> {
  const { text } = view;
  const row = document.createElement('li');
  row.dataset.savedItem = item.page;
  const about = document.createElement('div');
  const name = item.record ? item.record.title : text('damaged');
  about.append(itemTitle(view, item, name));
  if (item.record) {
    about.append(await itemFacts(view, item.record));
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
  remove.addEventListener('click', () => onRemove(name));
  row.append(about, remove);
  return row;
}

// A saved page's title links to it; the search index and a damaged record have no page.
function itemTitle(view: SavedPagesView, item: SavedItem, name: string): HTMLElement {
  const linked = item.record && item.page !== SEARCH_INDEX_ITEM;
  const title = document.createElement(linked ? 'a' : 'span');
  title.className = 'saved-pages__title';
  if (linked) (title as HTMLAnchorElement).href = withBase(view.store.base, item.page);
  title.textContent = name;
  return title;
}

// How many files, how large (read back from the cache) and the day they were saved.
async function itemFacts(view: SavedPagesView, record: SavedRecord): Promise<HTMLParagraphElement> {
  const { count, bytes } = await measure(view.store, record.urls);
  const facts = document.createElement('p');
  facts.className = 'saved-pages__facts';
  facts.textContent = view.text('files', { count, size: formatBytes(bytes), date: formatSavedDate(record.savedAt) });
  return facts;
}
