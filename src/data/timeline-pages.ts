import { previousLastDues } from '../lib/deadlines/timeline-view';
import { monthIndex, paginate, type MonthEntry } from '../lib/site/paginate';
import { TIMELINE_PAGE_SIZE } from '../lib/site/routes';
import type { TimelineItem } from './deadlines';
import type { PlanView } from './plans';

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
      latestPlan: published[0] ?? null,
      pagePlans: published.filter((plan) => onPage.has(plan.id)),
    };
  });
}
