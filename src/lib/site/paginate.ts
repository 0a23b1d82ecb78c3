import { pagePath } from './routes';

/**
 * Lists that grow with the corpus (the plan lists, the timeline) are cut into pages of a
 * fixed size, so no page grows with the items it does not show. Where each page lives is
 * routes.ts's business (pagePath, pageSegment).
 */

export interface ListPage<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the list has (at least 1). */
  count: number;
  items: T[];
  /** 1-based position of the first item in the whole list (for <ol start>). */
  start: number;
  /** Items in the whole list. */
  total: number;
}

/** Cuts a list into pages of at most `size` items, in order; an empty list is one empty page, so the list page still exists. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
    start: index * size + 1,
    total: items.length,
  }));
}

/**
 * The page numbers a pager shows around page `current` of `count`: the first, the last and
 * `radius` on each side of the current one, with "gap" where numbers are left out. Its length
 * is bounded (at most 2 * radius + 5) however many pages there are. A gap never stands for a
 * single page: that page is shown instead.
 */
export function pagerItems(current: number, count: number, radius = 2): (number | 'gap')[] {
  const shown = new Set<number>([1, count]);
  for (let n = current - radius; n <= current + radius; n += 1) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const n of sorted) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && n - previous === 2) out.push(previous + 1);
    else if (typeof previous === 'number' && n - previous > 2) out.push('gap');
    out.push(n);
  }
  return out;
}

/** What a pager shows: the previous and next pages, and a bounded list of page numbers. */
export interface Pager {
  /** Site paths (without base) of the previous and next pages; null on the first or last. */
  prev: string | null;
  next: string | null;
  pages: ({ number: number; path: string; current: boolean } | 'gap')[];
}

/** The pager of page `current` of `count` of the list at `listPath`. */
export function pager(listPath: string, current: number, count: number): Pager {
  return {
    prev: current > 1 ? pagePath(listPath, current - 1) : null,
    next: current < count ? pagePath(listPath, current + 1) : null,
    pages: pagerItems(current, count).map((item) =>
      item === 'gap' ? item : { number: item, path: pagePath(listPath, item), current: item === current },
    ),
  };
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
