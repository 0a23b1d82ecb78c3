import type { CitingPlan } from '../lib/plans/citations';
import { timelineEvents } from '../lib/deadlines/events';
import { href } from '../lib/site/url';
import type { CitedDocument } from './citations';
import { compareItems, type TimelineItem } from './deadlines';
import type { FormView } from './forms';
import type { PlanView } from './plans';
import type { TopicItem } from './topics';

/** A plan's page: the plan and everything the page links it to, gathered here so the page joins nothing. */
export interface PlanPage extends PlanView {
  /** Its deadlines' occurrences in date order (undated work last). */
  deadlines: TimelineItem[];
  /** The plans of this site it implements, newest first. */
  implemented: PlanView[];
  /** The topics it carries out, in the topics' order. */
  topics: { id: string; title: string }[];
  /** The forms printed with it. */
  forms: { id: string; name: string }[];
  /** The other plans of this site that cite it, each once. */
  citedBy: CitingPlan[];
  /**
   * Whether it has a calendar file (/ke-hoach/<id>.ics): RFC 5545 wants at least one event,
   * so a plan whose work has no date has none, and its page links none (src/data/calendars.ts).
   */
  calendar: boolean;
}

/** Every plan's page, in the plans' order; linear in the number of plans. */
export function planPages(
  plans: readonly PlanView[],
  topics: readonly TopicItem[],
  forms: readonly FormView[],
  documents: readonly CitedDocument[],
): PlanPage[] {
  const order = new Map(plans.map((plan, index) => [plan.id, index]));
  const formsByPlan = Map.groupBy(forms, (form) => form.plan.id);
  const citedBy = new Map(
    documents.flatMap((document) => (document.planId ? [[document.planId, document] as const] : [])),
  );
  return plans.map((plan) => ({
    ...plan,
    deadlines: [...plan.timeline].sort(compareItems),
    implemented: [...new Set(plan.data.implementsPlans)]
      .map((id) => order.get(id)!)
      .sort((a, b) => a - b)
      .map((index) => plans[index]!),
    topics: topics
      .filter((topic) => plan.data.topics.includes(topic.id))
      .map((topic) => ({ id: topic.id, title: topic.entry.data.title })),
    forms: (formsByPlan.get(plan.id) ?? []).map((form) => ({ id: form.id, name: form.data.name })),
    citedBy: citedBy.get(plan.id)?.citingPlans ?? [],
    // How many events a plan makes does not depend on the site's address.
    calendar: timelineEvents(plan.timeline, undefined, href).length > 0,
  }));
}
