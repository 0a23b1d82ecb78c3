import { offlinePagePath, savedPagesPath } from '../../lib/site/routes';
import { listVisitedPages, type SavedItem } from './store';
import type { SavedPagesView } from './saved-view';

/**
 * The pages the browser kept because they were read (the `pages` cache), on /da-luu/, each
 * a link. Pages listed above (saved), and this page and the offline page, are not listed again.
 */
export async function renderVisited(view: SavedPagesView, items: SavedItem[]): Promise<void> {
  const { store, text } = view;
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
  view.visited.replaceChildren(...rows);
}
