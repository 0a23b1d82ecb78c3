import type { Deadline } from '../schemas/deadline';
import { expandDeadline, type Occurrence } from '../lib/deadlines/occurrences';
import { KNOWN_FORMS } from '../lib/known-forms';
import { planById, quotePath } from '../lib/plans/lookup';
import { getPlans, type PlanEntry } from './plans';
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

function formTitle(plans: PlanEntry[], formId: string | null): string | null {
  if (!formId) return null;
  const known = KNOWN_FORMS[formId as keyof typeof KNOWN_FORMS];
  return planById(plans, known.plan)?.data.attachments[known.attachment]?.title ?? null;
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

/** A plan's deadlines expanded into occurrences, each tied to its source paragraph. */
export function planTimeline(plan: PlanEntry, plans: PlanEntry[]): TimelineItem[] {
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
      formTitle: formTitle(plans, deadline.form),
    }));
  });
}

/** Every occurrence of every deadline of every plan, in date order. */
export function getTimeline(): Promise<TimelineItem[]> {
  timeline ??= getPlans().then((plans) => plans.flatMap((plan) => planTimeline(plan, plans)).sort(compareItems));
  return timeline;
}
let timeline: Promise<TimelineItem[]> | undefined;
