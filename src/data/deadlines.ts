import type { Deadline } from '../schemas/deadline';
import { expandDeadline, type Occurrence } from '../lib/deadlines/occurrences';
import { quotePath } from '../lib/plans/lookup';
import type { PlanEntry } from './plans';
import { compareVietnameseNumeric } from '../lib/text/collate';
import { actorValue, issuerKey } from '../lib/deadlines/actors';
import { issuerName } from '../schemas/document-number';
import type { Actors } from '../schemas/actor';

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

/**
 * A plan's deadlines expanded into occurrences, in the plan's order, each tied to its source
 * paragraph, with the title of the form it names and the bodies that do it.
 */
export function planTimeline(plan: PlanEntry, formTitles: ReadonlyMap<string, string>, actors: Actors): TimelineItem[] {
  // A draft's deadlines are unreviewed candidates: on no timeline, calendar or feed.
  if (plan.data.status === 'draft') return [];
  const issuer = issuerKey(plan.data.province, plan.data.number.issuerCode);
  const names = actors[issuer] ?? {};
  const issuerLabel = `${issuerName(plan.data.number.issuerCode)} ${plan.data.province}`;
  return plan.data.deadlines.flatMap((deadline) => {
    // The integrity check has made sure every id is in the list.
    const doers = deadline.actors.map((actor) => ({
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
      actors: doers,
    }));
  });
}
