import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentIntegrityError, findTopicProblems } from '../lib/plans/integrity';
import { planById, quotePath } from '../lib/plans/lookup';
import { planHub, type Material } from '../lib/topics/hub';
import { planParagraphPath } from '../lib/site/routes';
import { plainText } from '../lib/text/plain-text';
import { t } from '../i18n/t';
import { getPlans, type PlanEntry } from './plans';
import { getForms } from './forms';
import { getCommemorations } from './commemorations';

export type TopicEntry = CollectionEntry<'topics'>;

export interface SourcedQuote {
  quote: string;
  planId: string;
  planNumber: string;
  /** Site path of the paragraph that holds the quote. */
  path: string;
}

/** A place in a plan, by the heading of its section, linked to its paragraph. */
export interface TopicSection {
  label: string;
  path: string;
}

/** A plan that carries the topic out, with the sections that do (see lib/topics/hub.ts). */
export interface TopicPlan {
  plan: PlanEntry;
  /** The plan's trích yếu names the topic: the whole plan carries it out. */
  devoted: boolean;
  sections: TopicSection[];
}

export interface TopicDeadline {
  planId: string;
  planNumber: string;
  /** The time as the plan prints it. */
  label: string;
  task: string;
  formId: string | null;
  /** The paragraph that sets it. */
  path: string;
}

export interface TopicLink {
  id: string;
  name: string;
  planNumber: string;
  /** The plan's paragraph that ties it to the topic. */
  path: string;
}

export interface TopicMaterial extends SourcedQuote {
  kind: Material['kind'];
}

export interface TopicItem {
  id: string;
  entry: TopicEntry;
  studyMaterials: SourcedQuote[];
  referenceMaterials: SourcedQuote[];
  keyPoints: SourcedQuote[];
  /** Plans that carry the topic out, derived from the plans' own `topics`. */
  plans: PlanEntry[];
  /** The same plans with the sections that carry the topic out. */
  planSections: TopicPlan[];
  /** What the hub gathers from those plans by the rule of lib/topics/hub.ts. */
  deadlines: TopicDeadline[];
  forms: TopicLink[];
  commemorations: TopicLink[];
  /** Materials the plans name, beyond those quoted in the topic's own file. */
  materials: TopicMaterial[];
}

let checked: Promise<TopicItem[]> | undefined;

/** Topics with every quote tied to its paragraph, and the plans that carry each out. */
export function getTopics(): Promise<TopicItem[]> {
  checked ??= (async () => {
    const [entries, plans, forms, commemorations] = await Promise.all([
      getCollection('topics'),
      getPlans(),
      getForms(),
      getCommemorations(),
    ]);
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
    const formInputs = forms.map((form) => ({ id: form.id, plan: form.data.plan, planAnchor: form.data.planAnchor }));
    const commemorationInputs = commemorations.map((item) => ({ id: item.id, mentions: item.entry.data.mentions }));
    const order = ['chuyen-de-toan-khoa', 'chuyen-de-nam', 'chu-de-nam', 'theme'];
    return entries
      .sort((a, b) => order.indexOf(a.data.kind) - order.indexOf(b.data.kind) || a.id.localeCompare(b.id))
      .map((entry): TopicItem => {
        const data = entry.data;
        const curated = [...data.studyMaterials, ...data.referenceMaterials];
        const words = {
          names: [data.title, ...data.aliases],
          quotes: [...data.keyPoints, ...curated].map((item) => item.quote),
        };
        const carrying = plans.filter((plan) => plan.data.topics.includes(entry.id));
        const hubs = carrying.map((plan) => ({
          plan,
          hub: planHub(
            {
              id: plan.id,
              title: plan.data.title,
              blocks: plan.blocks,
              headings: plan.headings,
              deadlines: plan.data.deadlines,
            },
            words,
            formInputs,
            commemorationInputs,
          ),
        }));
        const headingText = (plan: PlanEntry, slug: string | null) =>
          slug === null ? t('topics.preamble') : plan.headings.find((heading) => heading.slug === slug)!.text;
        // Paragraphs the topic's file already quotes as materials are shown there, not twice.
        const curatedAnchors = new Set(curated.map((item) => source(item).path));
        return {
          id: entry.id,
          entry,
          studyMaterials: data.studyMaterials.map(source),
          referenceMaterials: data.referenceMaterials.map(source),
          keyPoints: data.keyPoints.map(source),
          plans: carrying,
          planSections: hubs.map(({ plan, hub }) => ({
            plan,
            devoted: hub.devoted,
            sections: hub.sections.map((section) => ({
              label: headingText(plan, section.heading),
              path: planParagraphPath(plan.id, section.anchor),
            })),
          })),
          deadlines: hubs.flatMap(({ plan, hub }) =>
            plan.data.deadlines
              .filter((deadline) => hub.deadlines.includes(deadline.id))
              .map((deadline) => ({
                planId: plan.id,
                planNumber: plan.data.number.raw,
                label: deadline.label,
                task: deadline.task,
                formId: deadline.form,
                path: quotePath(plan, deadline.quote),
              })),
          ),
          forms: hubs.flatMap(({ plan, hub }) =>
            forms
              .filter((form) => hub.forms.includes(form.id))
              .map((form) => ({
                id: form.id,
                name: form.data.name,
                planNumber: plan.data.number.raw,
                path: planParagraphPath(plan.id, form.data.planAnchor),
              })),
          ),
          commemorations: hubs.flatMap(({ plan, hub }) =>
            commemorations
              .filter((item) => hub.commemorations.includes(item.id))
              .map((item) => ({
                id: item.id,
                name: item.entry.data.name,
                planNumber: plan.data.number.raw,
                path: item.mentions.find((mention) => mention.planId === plan.id)!.path,
              })),
          ),
          materials: hubs.flatMap(({ plan, hub }) =>
            hub.materials
              .map((material) => ({
                quote: plainText(material.text),
                kind: material.kind,
                planId: plan.id,
                planNumber: plan.data.number.raw,
                path: planParagraphPath(plan.id, material.anchor),
              }))
              .filter((material) => !curatedAnchors.has(material.path)),
          ),
        };
      });
  })();
  return checked;
}
