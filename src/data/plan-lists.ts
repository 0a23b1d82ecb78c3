import { config } from '../config';
import { t } from '../i18n/t';
import { assertNoListPathClash, groupByProvince, groupByYear, type PlanGroup } from '../lib/plans/pages';
import { paginate, type ListPage } from '../lib/site/paginate';
import { getPlans, type PlanEntry } from './plans';

/** One link of the year or province lists shown on every plan list page. */
export interface FacetLink {
  slug: string;
  label: string;
  count: number;
}

export interface PlanFacetLinks {
  total: number;
  years: FacetLink[];
  provinces: FacetLink[];
}

export interface PlanLists {
  /** All plans, newest first, cut into pages. */
  pages: ListPage<PlanEntry>[];
  provinces: (PlanGroup<PlanEntry> & { pages: ListPage<PlanEntry>[] })[];
  years: (PlanGroup<PlanEntry> & { pages: ListPage<PlanEntry>[] })[];
  facets: PlanFacetLinks;
}

let lists: Promise<PlanLists> | undefined;

/** The plan list pages, computed once per build (linear in the number of plans). */
export function getPlanLists(): Promise<PlanLists> {
  lists ??= getPlans().then((plans) => {
    assertNoListPathClash(plans.map((entry) => entry.id));
    const withPages = (group: PlanGroup<PlanEntry>) => ({
      ...group,
      pages: paginate(group.items, config.plansPerPage),
    });
    const provinces = groupByProvince(plans).map(withPages);
    const years = groupByYear(plans, t('plans.undated')).map(withPages);
    const link = ({ slug, label, items }: PlanGroup<PlanEntry>): FacetLink => ({ slug, label, count: items.length });
    return {
      pages: paginate(plans, config.plansPerPage),
      provinces,
      years,
      facets: { total: plans.length, years: years.map(link), provinces: provinces.map(link) },
    };
  });
  return lists;
}
