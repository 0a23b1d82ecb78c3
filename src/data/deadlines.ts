import type { Deadline } from '../schemas/deadline';
import { expandDeadline, type Occurrence } from '../lib/deadlines/occurrences';
import { quotePath } from '../lib/plans/lookup';
import { getPlans, type PlanEntry } from './plans';
import { getFormTitles } from './forms';
import { compareVietnameseNumeric } from '../lib/text/collate';
import { actorValue, issuerKey } from '../lib/deadlines/actors';
import { issuerName } from '../schemas/document-number';
import { getActors } from './actors';

/** One occurrence of a deadline with everything the timeline, feeds and pages show. */
export interface TimelineItem {
  planId: string;
  planNumber: string;
  planTitle: string;
  province: string;
  /** The years the plan is carried out in, as it prints them, or null when it prints none. */
  planPeriod: { from: number; until: number } | null;
  deadline: Deadline;
  occurrence: Occurrence;
  /** Site path (without base) of the paragraph that sets the deadline. */
  path: string;
  formTitle: string | null;
  /** The bodies that do it, from the issuer's actors list: filter value, name, and the issuer as the filter groups them. */
  actors: { value: string; name: string; issuer: string }[];
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
  // A draft's deadlines are unreviewed candidates: on no timeline, calendar or feed.
  if (plan.data.status === 'draft') return [];
  const issuer = issuerKey(plan.data.province, plan.data.number.issuerCode);
  const names = getActors()[issuer] ?? {};
  const issuerLabel = `${issuerName(plan.data.number.issuerCode)} ${plan.data.province}`;
  return plan.data.deadlines.flatMap((deadline) => {
    // getPlans() has checked that every id is in the list.
    const actors = deadline.actors.map((actor) => ({
      value: actorValue(issuer, actor),
      name: names[actor] ?? actor,
      issuer: issuerLabel,
    }));
    const path = quotePath(plan, deadline.quote);
    return expandDeadline(deadline).map((occurrence) => ({
      planId: plan.id,
      planNumber: plan.data.number.raw,
      planTitle: plan.data.title,
      province: plan.data.province,
      planPeriod: plan.data.period && { from: plan.data.period.from, until: plan.data.period.until },
      deadline,
      occurrence,
      path,
      formTitle: deadline.form ? (formTitles.get(deadline.form) ?? null) : null,
      actors,
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

/** One plan's timeline items in date order (undated work last), as its page lists them. */
export async function getPlanTimeline(planId: string): Promise<TimelineItem[]> {
  return [...((await getPlanTimelines()).get(planId) ?? [])].sort(compareItems);
}

/** The due date of a plan's last dated deadline, or null when it sets none. */
export async function getPlanLastDue(planId: string): Promise<string | null> {
  const dues = ((await getPlanTimelines()).get(planId) ?? []).flatMap((item) =>
    item.occurrence.dueBy === null ? [] : [item.occurrence.dueBy],
  );
  return dues.length > 0 ? dues.reduce((last, due) => (due > last ? due : last)) : null;
}

/** Every occurrence of every deadline of every plan, in date order. */
export function getTimeline(): Promise<TimelineItem[]> {
  timeline ??= getPlanTimelines().then((byPlan) => [...byPlan.values()].flat().sort(compareItems));
  return timeline;
}
let timeline: Promise<TimelineItem[]> | undefined;
