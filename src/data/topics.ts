import type { CollectionEntry } from 'astro:content';
import { planById, quotePath } from '../lib/plans/lookup';
import { planHub, type Material, type PlanHub } from '../lib/topics/hub';
import { planParagraphPath } from '../lib/site/routes';
import { plainText } from '../lib/text/plain-text';
import { t } from '../i18n/t';
import type { PlanView } from './plans';
import type { FormView } from './forms';
import type { CommemorationItem } from './commemorations';

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
  plan: PlanView;
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
  plans: PlanView[];
  /** The same plans with the sections that carry the topic out. */
  planSections: TopicPlan[];
  /** What the hub gathers from those plans by the rule of lib/topics/hub.ts. */
  deadlines: TopicDeadline[];
  forms: TopicLink[];
  commemorations: TopicLink[];
  /** Materials the plans name, beyond those quoted in the topic's own file. */
  materials: TopicMaterial[];
}

const KIND_ORDER = ['chuyen-de-toan-khoa', 'chuyen-de-nam', 'chu-de-nam', 'theme'];

/**
 * The topics, by kind, with every quote tied to its paragraph (the integrity check has found
 * each), and the plans that carry each out with what the hub gathers from them.
 */
export function topicItems(
  entries: readonly TopicEntry[],
  plans: readonly PlanView[],
  forms: readonly FormView[],
  commemorations: readonly CommemorationItem[],
): TopicItem[] {
  const source = sourcedQuote(plans);
  const others: HubOthers = {
    forms: forms.map((form) => ({ id: form.id, plan: form.plan.id, planAnchor: form.data.planAnchor })),
    commemorations: commemorations.map((item) => ({ id: item.id, mentions: item.entry.data.mentions })),
  };
  return [...entries]
    .sort((a, b) => KIND_ORDER.indexOf(a.data.kind) - KIND_ORDER.indexOf(b.data.kind) || a.id.localeCompare(b.id))
    .map((entry) => {
      const carrying = plans.filter((plan) => plan.data.topics.includes(entry.id));
      const hubs = carrying.map((plan) => ({ plan, hub: topicHub(entry, plan, others) }));
      // Paragraphs the topic's file already quotes as materials are shown there, not twice.
      const curated = [...entry.data.studyMaterials, ...entry.data.referenceMaterials];
      const curatedPaths = new Set(curated.map((item) => source(item).path));
      return {
        id: entry.id,
        entry,
        studyMaterials: entry.data.studyMaterials.map(source),
        referenceMaterials: entry.data.referenceMaterials.map(source),
        keyPoints: entry.data.keyPoints.map(source),
        plans: carrying,
        planSections: hubs.map(({ plan, hub }) => ({ plan, devoted: hub.devoted, sections: sections(plan, hub) })),
        deadlines: hubs.flatMap(({ plan, hub }) => deadlines(plan, hub)),
        forms: hubs.flatMap(({ plan, hub }) => formLinks(plan, hub, forms)),
        commemorations: hubs.flatMap(({ plan, hub }) => commemorationLinks(plan, hub, commemorations)),
        materials: hubs.flatMap(({ plan, hub }) =>
          materials(plan, hub).filter((material) => !curatedPaths.has(material.path)),
        ),
      };
    });
}

/** The forms and commemorations a hub may gather, as lib/topics/hub.ts reads them. */
interface HubOthers {
  forms: Parameters<typeof planHub>[2];
  commemorations: Parameters<typeof planHub>[3];
}

/** A quote of a topic's file, tied to the paragraph of its plan that holds it. */
const sourcedQuote =
  (plans: readonly PlanView[]) =>
  (item: { plan: string; quote: string }): SourcedQuote => {
    const plan = planById(plans, item.plan)!;
    return { quote: item.quote, planId: plan.id, planNumber: plan.data.number.raw, path: quotePath(plan, item.quote) };
  };

/** What the topic's rule (lib/topics/hub.ts) finds in one plan that carries it out. */
function topicHub(entry: TopicEntry, plan: PlanView, others: HubOthers): PlanHub {
  const data = entry.data;
  const words = {
    names: [data.title, ...data.aliases],
    quotes: [...data.keyPoints, ...data.studyMaterials, ...data.referenceMaterials].map((item) => item.quote),
  };
  const { id, blocks, headings } = plan;
  return planHub(
    { id, title: plan.data.title, blocks, headings, deadlines: plan.data.deadlines },
    words,
    others.forms,
    others.commemorations,
  );
}

function sections(plan: PlanView, hub: PlanHub): TopicSection[] {
  return hub.sections.map((section) => ({
    label:
      section.heading === null
        ? t('topics.preamble')
        : plan.headings.find((heading) => heading.slug === section.heading)!.text,
    path: planParagraphPath(plan.id, section.anchor),
  }));
}

function deadlines(plan: PlanView, hub: PlanHub): TopicDeadline[] {
  return plan.data.deadlines
    .filter((deadline) => hub.deadlines.includes(deadline.id))
    .map((deadline) => ({
      planId: plan.id,
      planNumber: plan.data.number.raw,
      label: deadline.label,
      task: deadline.task,
      formId: deadline.form,
      path: quotePath(plan, deadline.quote),
    }));
}

function formLinks(plan: PlanView, hub: PlanHub, forms: readonly FormView[]): TopicLink[] {
  return forms
    .filter((form) => hub.forms.includes(form.id))
    .map((form) => ({
      id: form.id,
      name: form.data.name,
      planNumber: plan.data.number.raw,
      path: planParagraphPath(plan.id, form.data.planAnchor),
    }));
}

function commemorationLinks(plan: PlanView, hub: PlanHub, items: readonly CommemorationItem[]): TopicLink[] {
  return items
    .filter((item) => hub.commemorations.includes(item.id))
    .map((item) => ({
      id: item.id,
      name: item.entry.data.name,
      planNumber: plan.data.number.raw,
      path: item.mentions.find((mention) => mention.planId === plan.id)!.path,
    }));
}

function materials(plan: PlanView, hub: PlanHub): TopicMaterial[] {
  return hub.materials.map((material) => ({
    quote: plainText(material.text),
    kind: material.kind,
    planId: plan.id,
    planNumber: plan.data.number.raw,
    path: planParagraphPath(plan.id, material.anchor),
  }));
}
