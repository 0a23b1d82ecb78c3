import type { Plan } from '../../schemas/plan';
import { compareVietnamese } from '../text/collate';
import { issuedYear } from './order';
import { slugify } from '../text/slug';
import type { ListPage } from '../site/paginate';
import { pageSegment, UNDATED_YEAR } from '../site/routes';

/**
 * The plan index: all plans, by province and by year (or undated), each then cut into pages
 * (paginate.ts) at the paths routes.ts gives. Everything here is linear in the number of
 * plans, so no page grows with plans it does not show.
 */

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

/** What each page of one province's or one year's plan list is built from. */
export interface GroupListProps<T, F> {
  group: PlanGroup<T>;
  page: ListPage<T>;
  /** The year and province links every plan list page shows. */
  facets: F;
}

/**
 * The static paths of the province or the year lists: one per page of each group, the
 * group's slug as `param` and the page's segment (none for the first) as `page`.
 */
export function groupListPaths<T, F, P extends string>(
  groups: readonly (PlanGroup<T> & { pages: readonly ListPage<T>[] })[],
  param: P,
  facets: F,
): { params: Record<P | 'page', string | undefined>; props: GroupListProps<T, F> }[] {
  return groups.flatMap((group) =>
    group.pages.map((page) => ({
      params: { [param]: group.slug, page: pageSegment(page.number) } as Record<P | 'page', string | undefined>,
      props: { group, page, facets },
    })),
  );
}
