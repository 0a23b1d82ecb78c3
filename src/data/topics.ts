import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentIntegrityError, findTopicProblems } from '../lib/plans/integrity';
import { planById, quotePath } from '../lib/plans/lookup';
import { getPlans, type PlanEntry } from './plans';

export type TopicEntry = CollectionEntry<'topics'>;

export interface SourcedQuote {
  quote: string;
  planId: string;
  planNumber: string;
  /** Site path of the paragraph that holds the quote. */
  path: string;
}

export interface TopicItem {
  id: string;
  entry: TopicEntry;
  studyMaterials: SourcedQuote[];
  referenceMaterials: SourcedQuote[];
  keyPoints: SourcedQuote[];
  /** Plans that carry the topic out, derived from the plans' own `topics`. */
  plans: PlanEntry[];
}

let checked: Promise<TopicItem[]> | undefined;

/** Topics with every quote tied to its paragraph, and the plans that carry each out. */
export function getTopics(): Promise<TopicItem[]> {
  checked ??= (async () => {
    const [entries, plans] = await Promise.all([getCollection('topics'), getPlans()]);
    const problems = findTopicProblems(entries, plans);
    if (problems.length > 0) throw new ContentIntegrityError(problems);
    const source = (item: { plan: string; quote: string }): SourcedQuote => {
      const plan = planById(plans, item.plan)!;
      return {
        quote: item.quote,
        planId: plan.id,
        planNumber: plan.data.number.raw,
        path: quotePath(plan, item.quote),
      };
    };
    const order = ['chuyen-de-toan-khoa', 'chuyen-de-nam', 'chu-de-nam', 'theme'];
    return entries
      .sort((a, b) => order.indexOf(a.data.kind) - order.indexOf(b.data.kind) || a.id.localeCompare(b.id))
      .map((entry) => ({
        id: entry.id,
        entry,
        studyMaterials: entry.data.studyMaterials.map(source),
        referenceMaterials: entry.data.referenceMaterials.map(source),
        keyPoints: entry.data.keyPoints.map(source),
        plans: plans.filter((plan) => plan.data.topics.includes(entry.id)),
      }));
  })();
  return checked;
}
