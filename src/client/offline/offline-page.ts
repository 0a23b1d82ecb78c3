import { offlinePagePath, savedPagesPath } from '../../lib/site/routes';
import { SEARCH_INDEX_ITEM } from '../../lib/offline/saved';
import { canSave, listItems, listVisitedPages, openSavedStore } from './store';

/**
 * The offline page lists what this device can open without a connection: the pages the
 * reader saved and those the browser kept because they were read, read from the caches as
 * /da-luu/ reads them. The sections of the site, precached for everyone, are listed by the
 * page itself. A list with nothing in it stays hidden.
 */
export async function listAvailableOffline(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-offline-available]');
  if (!root || !canSave()) return;
  const store = await openSavedStore();
  const items = (await listItems(store)).filter((item) => item.page !== SEARCH_INDEX_ITEM && item.record);
  const saved = items.map((item) => ({ url: store.url(item.page), title: item.record!.title }));
  const skip = new Set(
    [...items.flatMap((item) => item.record?.urls ?? []), savedPagesPath, offlinePagePath].map(store.url),
  );
  const visited = await listVisitedPages(store, skip, root.dataset.siteSuffix ?? '');
  fill(root.querySelector('[data-offline-saved]'), saved);
  fill(root.querySelector('[data-offline-visited]'), visited);
}

function fill(section: HTMLElement | null, pages: readonly { url: string; title: string }[]): void {
  const list = section?.querySelector('ul');
  if (!section || !list || pages.length === 0) return;
  list.replaceChildren(
    ...pages.map(({ url, title }) => {
      const row = document.createElement('li');
      const link = document.createElement('a');
      link.href = url;
      link.textContent = title;
      row.append(link);
      return row;
    }),
  );
  section.hidden = false;
}
