/**
 * Lists that grow with the corpus (the timeline) are cut into pages of a fixed size, so no
 * page grows with the plans it does not show. Page 1 lives at the list's own path, page n
 * at <path>trang-<n>/.
 */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new Error('page size must be at least 1');
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/** The route parameter of page n of a list: undefined for page 1 (the list's own path). */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : `trang-${page}`;
}

/** Path (without base) of page n of the list at `listPath` ("/moc-thoi-gian/"). */
export function pagePath(listPath: string, page: number): string {
  return page === 1 ? listPath : `${listPath}trang-${page}/`;
}

/** A month that has deadlines: where its first one is and how many there are. */
export interface MonthEntry {
  /** "2025-02" */
  month: string;
  page: number;
  count: number;
}

/** For each month with dated items, the page its first item is on, in date order. */
export function monthIndex(pages: readonly (readonly { due: string | null }[])[]): MonthEntry[] {
  const months = new Map<string, MonthEntry>();
  pages.forEach((items, index) => {
    for (const { due } of items) {
      if (!due) continue;
      const month = due.slice(0, 7);
      const entry = months.get(month);
      if (entry) entry.count += 1;
      else months.set(month, { month, page: index + 1, count: 1 });
    }
  });
  return [...months.values()];
}
