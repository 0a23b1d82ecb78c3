import type { Plan } from '../../schemas/plan';
import { compareVietnamese } from '../text/collate';
import { issuedYear } from './order';
import { slugify } from '../text/slug';

/**
 * The plan index as fixed-size pages: /ke-hoach/ (all plans), /ke-hoach/tinh/<slug>/ (one
 * province) and /ke-hoach/nam/<yyyy>/ (one year, or khong-ghi-ngay for undated plans), each
 * split into pages of at most `size` plans (page n > 1 at .../trang-<n>/). Everything here is
 * linear in the number of plans, so no page grows with plans it does not show.
 */

/** Plans per list page. */
export const PLANS_PER_PAGE = 50;
/** The year slug of plans that print no date. */
export const UNDATED_YEAR = 'khong-ghi-ngay';

export const plansIndexPath = '/ke-hoach/';
export const provincesPath = '/ke-hoach/tinh/';
export const yearsPath = '/ke-hoach/nam/';
export const provincePath = (slug: string): string => `${provincesPath}${slug}/`;
export const yearPath = (slug: string): string => `${yearsPath}${slug}/`;

// Page paths are shared with the timeline (paginate.ts): page 1 is the list, page n trang-<n>/.
export { pageParam as pageSegment, pagePath } from '../site/paginate';
import { pageParam as pageSegment } from '../site/paginate';

/** Reads a page segment back ("trang-3" → 3, undefined → 1); null when it is not one. */
export function parsePageSegment(segment: string | undefined): number | null {
  if (segment === undefined || segment === '') return 1;
  const match = /^trang-([1-9]\d*)$/u.exec(segment);
  return match && Number(match[1]) > 1 ? Number(match[1]) : null;
}

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

/** Cuts a list into pages of at most `size` items, in order; an empty list is one empty page. */
export function splitPages<T>(items: readonly T[], size: number = PLANS_PER_PAGE): ListPage<T>[] {
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

export interface PlanGroup<T> {
  /** URL slug: the province's unaccented name, the year, or UNDATED_YEAR. */
  slug: string;
  /** As shown: the province as printed, the year, or the undated label. */
  label: string;
  items: T[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => { slug: string; label: string }): PlanGroup<T>[] {
  const groups = new Map<string, PlanGroup<T>>();
  for (const item of items) {
    const { slug, label } = key(item);
    let group = groups.get(slug);
    if (!group) {
      group = { slug, label, items: [] };
      groups.set(slug, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}

/** Plans by province, provinces in Vietnamese alphabetical order; each keeps the input order. */
export function groupByProvince<T extends { data: Plan }>(plans: readonly T[]): PlanGroup<T>[] {
  return groupBy(plans, (entry) => ({ slug: slugify(entry.data.province), label: entry.data.province })).sort((a, b) =>
    compareVietnamese(a.label, b.label),
  );
}

/** Plans by year issued, newest year first and undated plans last; each keeps the input order. */
export function groupByYear<T extends { data: Plan }>(plans: readonly T[], undatedLabel: string): PlanGroup<T>[] {
  return groupBy(plans, (entry) => {
    const year = issuedYear(entry.data);
    return year === null ? { slug: UNDATED_YEAR, label: undatedLabel } : { slug: String(year), label: String(year) };
  }).sort((a, b) => (a.slug === UNDATED_YEAR ? 1 : b.slug === UNDATED_YEAR ? -1 : Number(b.slug) - Number(a.slug)));
}

/**
 * Plan pages live at /ke-hoach/<id>/ beside the list pages, so a plan id must not be one of
 * the list segments ("tinh", "nam", "trang-2"). Throws naming the offending ids.
 */
export function assertNoListPathClash(ids: readonly string[]): void {
  const clashes = ids.filter((id) => id === 'tinh' || id === 'nam' || parsePageSegment(id) !== null);
  if (clashes.length > 0) {
    throw new Error(`plan ids clash with the plan list's pages (/ke-hoach/<id>/): ${clashes.join(', ')}`);
  }
}
