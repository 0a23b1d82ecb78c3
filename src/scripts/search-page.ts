import { HIGHLIGHT_PARAM, normaliseQuery } from '../lib/search-terms';
import { FIRST_RESULTS, MORE_RESULTS, RANKING, rankByPhrase } from '../lib/search-rank';

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
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  debouncedSearch: (
    query: string | null,
    options: { filters: Record<string, string> },
    timeout?: number,
  ) => Promise<PagefindSearch | null>;
}

type Messages = Record<'count' | 'countOne' | 'searching' | 'empty' | 'emptyHint' | 'failed' | 'all' | 'more' | 'sections', string>;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/gu, (_, name: string) => String(values[name] ?? ''));

export async function startSearchPage(root: HTMLElement): Promise<void> {
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Messages;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filterBox = root.querySelector<HTMLDetailsElement>('[data-search-filters-box]')!;
  const filterSet = root.querySelector<HTMLFieldSetElement>('[data-search-filters]')!;
  const selects = [...root.querySelectorAll<HTMLSelectElement>('[data-filter]')];
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ root.dataset.bundle!)) as Pagefind;
    // Exact tones rank above folded matches when the reader typed them.
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

  let shown = 0;
  let query = '';
  let current: PagefindSearch | null = null;

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

  const showMore = async () => {
    if (!current) return;
    const count = shown === 0 ? FIRST_RESULTS : MORE_RESULTS;
    const page = await Promise.all(current.results.slice(shown, shown + count).map((result) => result.data()));
    // Only the first page is re-ranked, so no more fragments are fetched than are shown.
    const ordered = shown === 0 && query ? rankByPhrase(query, page.map((data) => ({ ...data, title: data.meta.title ?? '' }))) : page;
    list.append(...ordered.map(renderResult));
    shown += page.length;
    more.hidden = shown >= current.results.length;
  };

  const run = async () => {
    query = normaliseQuery(input.value);
    const filters: Record<string, string> = {};
    for (const select of selects) if (select.value) filters[select.name] = select.value;

    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    for (const [name, value] of Object.entries(filters)) next.set(name, value);
    history.replaceState(null, '', next.toString() ? `?${next}` : location.pathname);

    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    status.textContent = messages.searching;
    const search = await pagefind.debouncedSearch(query || null, { filters }, 200);
    if (search === null) return; // a newer keystroke superseded this search
    current = search;
    shown = 0;
    list.replaceChildren();
    const total = search.results.length;
    const label = input.value.trim() || Object.values(filters).join(', ');
    if (total === 0) {
      status.textContent = `${fill(messages.empty, { query: label })} ${messages.emptyHint}`;
      more.hidden = true;
      return;
    }
    status.textContent = fill(total === 1 ? messages.countOne : messages.count, { count: total, query: label });
    await showMore();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  for (const select of selects) select.addEventListener('change', () => void run());
  more.addEventListener('click', () => void showMore());
  root.dataset.searchReady = '';
  await run();
}
