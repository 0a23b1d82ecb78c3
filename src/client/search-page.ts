import { HIGHLIGHT_PARAM, normaliseQuery } from '../lib/search/terms';
import { MORE_RESULTS, RANKING, TYPING_PAUSE_MS, firstPage } from '../lib/search/rank';
import { SEARCH_QUERY_PARAM } from '../lib/site/routes';

/** The parts of Pagefind's browser API this page uses. */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  words: number[];
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (query: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string | null, options: { filters: Record<string, string> }) => Promise<PagefindSearch>;
}

type Messages = Record<'count' | 'countOne' | 'searching' | 'empty' | 'emptyHint' | 'failed' | 'all' | 'more' | 'sections', string>;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/gu, (_, name: string) => String(values[name] ?? ''));

export async function startSearchPage(root: HTMLElement): Promise<void> {
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Messages;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>(`input[name="${SEARCH_QUERY_PARAM}"]`)!;
  const filterBox = root.querySelector<HTMLDetailsElement>('[data-search-filters-box]')!;
  const filterSet = root.querySelector<HTMLFieldSetElement>('[data-search-filters]')!;
  const selects = [...root.querySelectorAll<HTMLSelectElement>('[data-filter]')];
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

  const params = new URLSearchParams(location.search);
  input.value = params.get(SEARCH_QUERY_PARAM) ?? '';

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ root.dataset.bundle!)) as Pagefind;
    // Exact tones rank above folded matches when the reader typed them. Pagefind searches
    // in its web worker (12 KB more): at 5,000 plans one search takes up to a second of
    // work, which on the main thread would freeze the field while the reader types.
    await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, ranking: RANKING });
  } catch {
    status.textContent = messages.failed;
    return;
  }

  // Filter data grows with the site; it is fetched only when the reader opens the filters
  // (or arrives with filters in the URL), so a first search fetches no more than it needs.
  let filtersLoaded: Promise<void> | undefined;
  const loadFilters = () =>
    (filtersLoaded ??= pagefind.filters().then((counts) => {
      for (const select of selects) {
        const values = Object.entries(counts[select.name] ?? {}).sort(([a], [b]) => a.localeCompare(b, 'vi', { numeric: true }));
        for (const [value, count] of values) {
          select.add(new Option(`${value} (${count})`, value));
        }
        const wanted = params.get(select.name);
        if (wanted && values.some(([value]) => value === wanted)) select.value = wanted;
      }
      filterSet.hidden = false;
    }));
  filterBox.hidden = false;
  filterBox.addEventListener('toggle', () => {
    if (filterBox.open) void loadFilters();
  });
  if (selects.some((select) => params.get(select.name))) {
    filterBox.open = true;
    await loadFilters();
  }

  const renderResult = (data: PagefindResultData) => {
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h2');
    heading.className = 'search-result__title';
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    // Pagefind's excerpt is text from our own pages with <mark> around the matches.
    excerpt.innerHTML = data.excerpt;
    item.append(heading, excerpt);
    const sections = data.sub_results.filter((sub) => sub.url !== data.url && sub.title).slice(0, 3);
    if (sections.length > 0) {
      const sub = document.createElement('ul');
      sub.className = 'search-result__sections';
      sub.setAttribute('aria-label', messages.sections);
      for (const section of sections) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = section.url;
        a.textContent = section.title;
        li.append(a);
        sub.append(li);
      }
      item.append(sub);
    }
    return item;
  };

  // Results not shown yet, in the order they will be; "Xem thêm" takes the next ones.
  let rest: PagefindResult[] = [];
  // Each search supersedes the ones before it: results that arrive late are dropped.
  let generation = 0;

  // Clicks on "Xem thêm" are queued, so the pages of results arrive in order.
  let appending = Promise.resolve();
  const showMore = () =>
    (appending = appending.then(async () => {
      const mine = generation;
      const next = rest.splice(0, MORE_RESULTS);
      if (next.length === 0) return;
      const page = await Promise.all(next.map((result) => result.data()));
      if (mine !== generation) return;
      const items = page.map(renderResult);
      list.append(...items);
      more.hidden = rest.length === 0;
      // The reader asked for these: start them there (the button may have just disappeared).
      items[0]?.querySelector('a')?.focus();
    }));

  const run = async () => {
    const mine = ++generation;
    const query = normaliseQuery(input.value);
    const filters: Record<string, string> = {};
    for (const select of selects) if (select.value) filters[select.name] = select.value;

    const next = new URLSearchParams();
    if (input.value.trim()) next.set(SEARCH_QUERY_PARAM, input.value.trim());
    for (const [name, value] of Object.entries(filters)) next.set(name, value);
    history.replaceState(null, '', next.toString() ? `?${next}` : location.pathname);

    rest = [];
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    status.textContent = messages.searching;
    const search = await pagefind.search(query || null, { filters });
    if (mine !== generation) return;
    list.replaceChildren();
    more.hidden = true;
    const total = search.results.length;
    const label = input.value.trim() || Object.values(filters).join(', ');
    if (total === 0) {
      status.textContent = `${fill(messages.empty, { query: label })} ${messages.emptyHint}`;
      return;
    }
    status.textContent = fill(total === 1 ? messages.countOne : messages.count, { count: total, query: label });
    const page = await firstPage(query, search.results);
    if (mine !== generation) return;
    list.append(...page.shown.map(renderResult));
    rest = page.rest;
    more.hidden = rest.length === 0;
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
    generation += 1;
    runAfterPause();
    // A word followed by a space is finished: its part of the index can load while the
    // reader types the next one.
    if (/\S\s$/u.test(input.value)) void pagefind.preload(normaliseQuery(input.value));
  });
  // The reader is about to type: Pagefind's WebAssembly and page list load meanwhile.
  input.addEventListener('focus', () => void pagefind.init(), { once: true });
  for (const select of selects) select.addEventListener('change', () => void run());
  more.addEventListener('click', () => void showMore());
  root.dataset.searchReady = '';
  await run();
}
