import { translator } from '../../i18n/format';
import { SEARCH_DATA, QUERY_PARAM, searchSelector, type SearchMessage } from '../../lib/search/page';
import { TYPING_PAUSE_MS, firstPage, namedPages } from '../../lib/search/rank';
import { normaliseQuery } from '../../lib/search/terms';
import { setUpFilters } from './filters';
import { moreResults } from './more-results';
import { loadPagefind, type Pagefind, type PagefindResult, type PagefindResultData } from './pagefind';
import { endsWord, searchLabel, searchQuery } from './query';
import { renderResult, statusLine } from './results';
import { Searches } from './searches';
import { offlineSearchNote } from '../offline/search-note';

/**
 * The search page: searches as the reader types (once they pause), with filters, the
 * words and filters kept in the URL, the first results re-ranked for phrases, and more
 * on request. The parts: query.ts (words and URL), filters.ts, results.ts (a result and
 * the status line), more-results.ts, searches.ts (newer searches win).
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
    const search = searchQuery(input.value, chosen);
    history.replaceState(null, '', search ? `?${search}` : location.pathname);

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
    const named = await namedPages(query, (exact) => pagefind.search(exact, { filters: chosen }));
    if (!current()) return;
    const page = await firstPage(query, found.results, named);
    if (!current()) return;
    list.append(...page.shown.map(render));
    more.reset(page.rest);
    moreButton.hidden = !more.hasMore();
  };

  // Pagefind's own debounced search fetches index chunks for every prefix typed on the way
  // ("m", "ma", "mau s"…): a third of a first search's bytes at 5,000 plans. Searching only
  // once the reader pauses fetches the chunks of the words actually asked for.
  let pause: ReturnType<typeof setTimeout> | undefined;
  const runAfterPause = () => {
    clearTimeout(pause);
    pause = setTimeout(() => void run(), TYPING_PAUSE_MS);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(pause);
    void run();
  });
  input.addEventListener('input', () => {
    // A search still running is for words the reader has since changed: its results, and
    // the fragments they would fetch, are no longer wanted.
    searches.supersede();
    runAfterPause();
    if (endsWord(input.value)) void pagefind.preload(normaliseQuery(input.value));
  });
  // The reader is about to type: Pagefind's WebAssembly and page list load meanwhile.
  input.addEventListener('focus', () => void pagefind.init(), { once: true });
  filters.onChange(() => void run());
  moreButton.addEventListener('click', () => void more.showMore());
  root.setAttribute(SEARCH_DATA.ready, '');
  await run();
}
