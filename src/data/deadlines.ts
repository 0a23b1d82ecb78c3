import type { Deadline } from '../schemas/deadline';
import { expandDeadline, type Occurrence } from '../lib/deadlines/occurrences';
import { quotePath } from '../lib/plans/lookup';
import { getPlans, type PlanEntry } from './plans';
import { getFormTitles } from './forms';
import { compareVietnameseNumeric } from '../lib/text/collate';

/** One occurrence of a deadline with everything the timeline, feeds and pages show. */
export interface TimelineItem {
  planId: string;
  planNumber: string;
  planTitle: string;
  province: string;
  deadline: Deadline;
  occurrence: Occurrence;
  /** Site path (without base) of the paragraph that sets the deadline. */
  path: string;
  formTitle: string | null;
}

/** Dated items by date, then plan number; items without a date after them. */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
  const ad = a.occurrence.dueBy;
  const bd = b.occurrence.dueBy;
  if (ad !== bd) {
    if (ad === null) return 1;
    if (bd === null) return -1;
    return ad < bd ? -1 : 1;
  }
  return compareVietnameseNumeric(a.planNumber, b.planNumber) || a.deadline.id.localeCompare(b.deadline.id);
}

/** A plan's deadlines expanded into occurrences, in the plan's order, each tied to its source paragraph. */
function planTimeline(plan: PlanEntry, formTitles: ReadonlyMap<string, string>): TimelineItem[] {
  return plan.data.deadlines.flatMap((deadline) => {
    const path = quotePath(plan, deadline.quote);
    return expandDeadline(deadline).map((occurrence) => ({
      planId: plan.id,
      planNumber: plan.data.number.raw,
      planTitle: plan.data.title,
      province: plan.data.province,
      deadline,
      occurrence,
      path,
      formTitle: deadline.form ? (formTitles.get(deadline.form) ?? null) : null,
    }));
  });
}

/**
 * Every plan's timeline items, by plan id in the plans' order (newest first), each plan's
 * in the order of its deadlines: the plan pages and calendars read these, and the timeline
 * page and the JSON feed the same items in date order (getTimeline).
 */
export function getPlanTimelines(): Promise<ReadonlyMap<string, TimelineItem[]>> {
  planTimelines ??= Promise.all([getPlans(), getFormTitles()]).then(
    ([plans, formTitles]) => new Map(plans.map((plan) => [plan.id, planTimeline(plan, formTitles)])),
  );
  return planTimelines;
}
let planTimelines: Promise<ReadonlyMap<string, TimelineItem[]>> | undefined;

/** One plan's timeline items, in the order of its deadlines. */
export async function getPlanTimeline(planId: string): Promise<TimelineItem[]> {
  return (await getPlanTimelines()).get(planId) ?? [];
}

/** Every occurrence of every deadline of every plan, in date order. */
export function getTimeline(): Promise<TimelineItem[]> {
  timeline ??= getPlanTimelines().then((byPlan) => [...byPlan.values()].flat().sort(compareItems));
  return timeline;
}
let timeline: Promise<TimelineItem[]> | undefined;
