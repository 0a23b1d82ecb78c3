import { config } from '../config';
import { t } from '../i18n/t';
import { groupByProvince, groupByYear, type PlanGroup } from '../lib/plans/pages';
import { paginate, type ListPage } from '../lib/site/paginate';
import type { PlanView } from './plans';

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
  pages: ListPage<PlanView>[];
  provinces: (PlanGroup<PlanView> & { pages: ListPage<PlanView>[] })[];
  years: (PlanGroup<PlanView> & { pages: ListPage<PlanView>[] })[];
  facets: PlanFacetLinks;
}

/** The plan list pages: all plans, by province and by year, each cut into pages (linear in the number of plans). */
export function planLists(plans: PlanView[]): PlanLists {
  const withPages = (group: PlanGroup<PlanView>) => ({
    ...group,
    pages: paginate(group.items, config.plansPerPage),
  });
  const provinces = groupByProvince(plans).map(withPages);
  const years = groupByYear(plans, t('plans.undated')).map(withPages);
  const link = ({ slug, label, items }: PlanGroup<PlanView>): FacetLink => ({ slug, label, count: items.length });
  return {
    pages: paginate(plans, config.plansPerPage),
    provinces,
    years,
    facets: { total: plans.length, years: years.map(link), provinces: provinces.map(link) },
  };
}
