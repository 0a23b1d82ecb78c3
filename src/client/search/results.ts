import type { PagefindResultData, PagefindSubResult } from './pagefind';

/** The sections of a result worth a link of their own: titled, not the page itself, at most three. */
export function relatedSections(data: PagefindResultData): PagefindSubResult[] {
  return data.sub_results.filter((sub) => sub.url !== data.url && sub.title).slice(0, 3);
}

/** The UI strings the status line is made of, filled like t(). */
type Text = (name: 'count' | 'countOne' | 'empty' | 'emptyHint', values?: Record<string, string | number>) => string;

/** The status line once a search has `total` results; `label` is what was searched (searchLabel). */
export function statusLine(text: Text, total: number, label: string): string {
  if (total === 0) return `${text('empty', { query: label })} ${text('emptyHint')}`;
  return text(total === 1 ? 'countOne' : 'count', { count: total, query: label });
}

/** A result as a list item: its title linked, Pagefind's excerpt, and links to its related sections. */
export function renderResult(data: PagefindResultData, sectionsLabel: string): HTMLLIElement {
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
  const sections = relatedSections(data);
  if (sections.length > 0) {
    const sub = document.createElement('ul');
    sub.className = 'search-result__sections';
    sub.setAttribute('aria-label', sectionsLabel);
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
}
