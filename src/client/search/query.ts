import { QUERY_PARAM } from '../../lib/search/page';

/** What the reader typed and chose, as the page keeps it in its URL ("" when nothing). */
export function searchQuery(words: string, filters: Readonly<Record<string, string>>): string {
  const query = new URLSearchParams();
  if (words.trim()) query.set(QUERY_PARAM, words.trim());
  for (const [name, value] of Object.entries(filters)) query.set(name, value);
  return query.toString();
}

/** Keeps the search in the page's URL, the bare path when nothing is asked (the history entry replaced). */
export function keepInUrl(words: string, filters: Readonly<Record<string, string>>): void {
  const search = searchQuery(words, filters);
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

/** What the status line calls a search: the words typed, or else the filters chosen. */
export function searchLabel(words: string, filters: Readonly<Record<string, string>>): string {
  return words.trim() || Object.values(filters).join(', ');
}

/** A word followed by a space is finished: its part of the index can load while the reader types the next one. */
export function endsWord(value: string): boolean {
  return /\S\s$/u.test(value);
}
