import { translator } from '../../i18n/format';
import { SEARCH_DATA, QUERY_PARAM, searchSelector, type SearchMessage } from '../../lib/search/page';
import { firstPage, namedPages } from '../../lib/search/rank';
import { normaliseQuery } from '../../lib/search/terms';
import { setUpFilters } from './filters';
import { moreResults } from './more-results';
import { loadPagefind, type Pagefind, type PagefindResult, type PagefindResultData } from './pagefind';
import { keepInUrl, searchLabel } from './query';
import { renderResult, statusLine } from './results';
import { Searches } from './searches';
import { searchAsTyped } from './typing';
import { offlineSearchNote } from '../offline/search-note';

/**
 * The search page: searches as the reader types (once they pause), with filters, the
 * words and filters kept in the URL, the first results re-ranked for phrases, and more
 * on request. The parts: query.ts (words and URL), filters.ts, results.ts (a result and
 * the status line), more-results.ts, searches.ts (newer searches win), typing.ts (when to
 * search).
 */
export async function startSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>(searchSelector('page'));
  if (!root) return;
  const text = translator(JSON.parse(root.getAttribute(SEARCH_DATA.messages) ?? '{}') as Record<SearchMessage, string>);
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>(`input[name="${QUERY_PARAM}"]`)!;
  const status = root.querySelector<HTMLElement>(searchSelector('status'))!;
  const list = root.querySelector<HTMLOListElement>(searchSelector('results'))!;
  const moreButton = root.querySelector<HTMLButtonElement>(searchSelector('more'))!;

  const offline = offlineSearchNote();
  const params = new URLSearchParams(location.search);
  input.value = params.get(QUERY_PARAM) ?? '';

  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind(root.getAttribute(SEARCH_DATA.bundle)!);
  } catch {
    status.textContent = text('failed');
    offline.failed();
    return;
  }
  const filters = await setUpFilters(root, pagefind, params);

  const render = (data: PagefindResultData) => renderResult(data, text('sections'), input.value);
  const searches = new Searches();
  const more = moreResults<PagefindResultData, PagefindResult>(searches, (page, left) => {
    const items = page.map(render);
    list.append(...items);
    moreButton.hidden = !left;
    // The reader asked for these: start them there (the button may have just disappeared).
    items[0]?.querySelector('a')?.focus();
  });

  const run = async () => {
    const current = searches.start();
    const query = normaliseQuery(input.value);
    const chosen = filters.chosen();
    keepInUrl(input.value, chosen);
    more.reset([]);
    if (!query && Object.keys(chosen).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      moreButton.hidden = true;
      return;
    }
    status.textContent = text('searching');
    let found: Awaited<ReturnType<Pagefind['search']>>;
    try {
      found = await pagefind.search(query || null, { filters: chosen });
    } catch {
      // Part of the index did not load (no connection): say so rather than search on.
      if (current()) status.textContent = text('failed');
      offline.failed();
      return;
    }
    if (!current()) return;
    list.replaceChildren();
    moreButton.hidden = true;
    const total = found.results.length;
    status.textContent = statusLine(text, total, searchLabel(input.value, chosen));
    if (total === 0) {
      // Nothing found may be an index that could not load: the note says so when offline.
      offline.empty();
      return;
    }
    const page = await rankedFirstPage(pagefind, query, chosen, found.results, current);
    if (!page) return;
    list.append(...page.shown.map(render));
    more.reset(page.rest);
    moreButton.hidden = !more.hasMore();
  };

  searchAsTyped(form, input, pagefind, searches, run);
  filters.onChange(() => void run());
  moreButton.addEventListener('click', () => void more.showMore());
  root.setAttribute(SEARCH_DATA.ready, '');
  await run();
}

/**
 * The first results shown, re-ranked so pages named by the words come first, and the rest
 * kept for "more"; null when a newer search began meanwhile.
 */
async function rankedFirstPage(
  pagefind: Pagefind,
  query: string,
  chosen: Record<string, string>,
  results: PagefindResult[],
  current: () => boolean,
): Promise<{ shown: PagefindResultData[]; rest: PagefindResult[] } | null> {
  const named = await namedPages(query, (exact) => pagefind.search(exact, { filters: chosen }));
  if (!current()) return null;
  const page = await firstPage(query, results, named);
  return current() ? page : null;
}
