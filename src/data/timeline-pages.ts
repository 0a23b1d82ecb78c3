import { t } from '../i18n/t';
import {
  TIMELINE_FILTERS,
  filterOptions,
  previousLastDues,
  type FilterOption,
  type TimelineFilter,
} from '../lib/deadlines/timeline-view';
import { plainText } from '../lib/text/plain-text';
import { formatVietnameseDate } from '../lib/text/vietnamese-date';
import { monthIndex, paginate, type MonthEntry } from '../lib/site/paginate';
import { TIMELINE_PAGE_SIZE } from '../lib/site/routes';
import type { TimelineItem } from './deadlines';
import type { PlanView } from './plans';
import { provinceLabel } from './provinces';

/** One select of the timeline's filter form: its label, and its options in runs of the same group. */
export type FilterControl = {
  name: TimelineFilter;
  label: string;
  groups: { group: string | undefined; options: FilterOption[] }[];
};

/**
 * One page of the timeline (/moc-thoi-gian/, /moc-thoi-gian/trang-<n>/) with everything it
 * shows; a type, not an interface, so it is the page's props as it is.
 */
export type TimelinePage = {
  items: TimelineItem[];
  page: number;
  pageCount: number;
  /** Which page each month starts on, for the "Đến tháng…" index every page shows. */
  months: MonthEntry[];
  /** Due date of the last dated deadline on the pages before this one ('' on page 1). */
  previousLastDue: string;
  /** First and last due dates of the whole timeline. */
  firstDue: string | null;
  lastDue: string | null;
  /** The most recent published plan: where to look when nothing is due. */
  latestPlan: PlanView | null;
  /** What the page prints after the most recent plan's name: its province and date of issue. */
  latestFacts: string;
  /** What search finds the page by (first page only): every deadline's task, who does it and wording. */
  searchText: string;
  /** The filters, offering what this page's deadlines have. */
  filters: FilterControl[];
  /** The plans with a deadline on this page, newest first. */
  pagePlans: PlanView[];
};

/** The timeline cut into pages; linear in the number of deadlines and plans. */
export function timelinePages(timeline: readonly TimelineItem[], plans: readonly PlanView[]): TimelinePage[] {
  const pages = paginate(timeline, TIMELINE_PAGE_SIZE);
  const dues = timeline.flatMap((item) => (item.occurrence.dueBy === null ? [] : [item.occurrence.dueBy]));
  // A draft is not on the timeline, not even as the most recent plan.
  const published = plans.filter((plan) => plan.data.status !== 'draft');
  const months = monthIndex(pages.map((page) => page.items.map((item) => ({ due: item.occurrence.dueBy }))));
  const lastDues = previousLastDues(pages.map((page) => page.items));
  const latestPlan = published[0] ?? null;
  const latestFacts = latestPlan
    ? [latestPlan.provinceLabel, latestPlan.data.issued && formatVietnameseDate(latestPlan.data.issued)]
        .filter(Boolean)
        .join(', ')
    : '';
  return pages.map(({ items }, index) => {
    const onPage = new Set(items.map((item) => item.planId));
    return {
      items,
      page: index + 1,
      pageCount: pages.length,
      months,
      previousLastDue: lastDues[index]!,
      firstDue: dues[0] ?? null,
      lastDue: dues.at(-1) ?? null,
      latestPlan,
      latestFacts,
      filters: filterControls(items),
      searchText: items
        .map((item) => `${item.deadline.task} ${item.deadline.who.join(' ')} ${plainText(item.deadline.quote)}`)
        .join(' '),
      pagePlans: published.filter((plan) => onPage.has(plan.id)),
    };
  });
}

/** The filter form of a page of the given deadlines. */
function filterControls(items: readonly TimelineItem[]): FilterControl[] {
  const labels: Record<TimelineFilter, string> = {
    nam: t('timeline.filter.year'),
    'ke-hoach': t('timeline.filter.plan'),
    tinh: t('timeline.filter.province'),
    'ai-lam': t('timeline.filter.who'),
  };
  const options = filterOptions(items);
  // A province is chosen by the name the plans print, labelled with today's unit too.
  options.tinh = options.tinh.map((option) => ({ ...option, label: provinceLabel(option.label) }));
  return TIMELINE_FILTERS.map((name) => ({ name, label: labels[name], groups: optionGroups(options[name]) }));
}

/** A filter's options in runs of the same group (an issuer's actors), ungrouped ones as they come. */
const optionGroups = (list: FilterOption[]): FilterControl['groups'] =>
  list.reduce<FilterControl['groups']>((runs, option) => {
    const last = runs.at(-1);
    if (last && last.group === option.group) last.options.push(option);
    else runs.push({ group: option.group, options: [option] });
    return runs;
  }, []);
