import { excerpt } from '../../lib/search/phrase';
import { highlightUrl } from '../../lib/search/terms';
import type { PagefindResultData, PagefindSubResult } from './pagefind';

/** The sections of a result worth a link of their own: titled, not the page itself, at most three. */
export function relatedSections(data: PagefindResultData): PagefindSubResult[] {
  return data.sub_results.filter((sub) => sub.url !== data.url && sub.title).slice(0, 3);
}

/**
 * A result's title in two parts: what it is and its number ("Kế hoạch số 34-KH/ĐUK"), shown
 * on a line of its own so a long title clamped on a phone never hides it, then its name.
 * Titles are written "<kind and number> — <name>" (SearchMeta.astro); one without a dash, or
 * whose first part holds no number ("Chuyên đề — …"), is all name.
 */
export function splitTitle(title: string): { lead: string | null; name: string } {
  const dash = title.indexOf(' — ');
  const lead = dash === -1 ? '' : title.slice(0, dash);
  return /\d/u.test(lead) ? { lead, name: title.slice(dash + 3) } : { lead: null, name: title };
}

/** The UI strings the status line is made of, filled like t(). */
type Text = (name: 'count' | 'countOne' | 'empty' | 'emptyHint', values?: Record<string, string | number>) => string;

/** The status line once a search has `total` results; `label` is what was searched (searchLabel). */
export function statusLine(text: Text, total: number, label: string): string {
  if (total === 0) return `${text('empty', { query: label })} ${text('emptyHint')}`;
  return text(total === 1 ? 'countOne' : 'count', { count: total, query: label });
}

/**
 * A result as a list item: its title linked, the sentence that matched with the phrase
 * marked (src/lib/search/phrase.ts, not Pagefind's excerpt, which marks every syllable and
 * often repeats the title), and links to its related sections. Links carry what was typed,
 * for the page to mark the same way.
 */
export function renderResult(data: PagefindResultData, sectionsLabel: string, query: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  heading.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = highlightUrl(data.url, query);
  const { lead, name } = splitTitle(data.meta.title ?? data.url);
  if (lead) {
    const number = document.createElement('span');
    number.className = 'search-result__lead';
    // The dash stays in the text, so the link still reads as the whole title.
    number.textContent = `${lead} — `;
    link.append(number);
  }
  const rest = document.createElement('span');
  rest.className = 'search-result__name';
  rest.textContent = name;
  link.append(rest);
  heading.append(link);
  const text = document.createElement('p');
  text.className = 'search-result__excerpt';
  for (const piece of excerpt(data.content, query, data.meta.title)) {
    if (!piece.mark) {
      text.append(piece.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = piece.text;
    text.append(mark);
  }
  item.append(heading, text);
  const sections = relatedSections(data);
  if (sections.length > 0) {
    const sub = document.createElement('ul');
    sub.className = 'search-result__sections';
    sub.setAttribute('aria-label', sectionsLabel);
    for (const section of sections) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = highlightUrl(section.url, query);
      a.textContent = section.title;
      li.append(a);
      sub.append(li);
    }
    item.append(sub);
  }
  return item;
}
