import type { CollectionEntry } from 'astro:content';
import type { Deadline } from '../schemas/deadline';
import type { Form, FormDocument } from '../schemas/form';
import { formDeadlineSummary } from '../lib/forms/deadlines';
import { blankFormDocx } from '../lib/forms/docx-file';
import { formatBytes } from '../lib/text/bytes';
import { fillableDocument } from '../lib/forms/edits';
import { planById } from '../lib/plans/lookup';
import type { CitationLinkOptions } from '../markdown/citation-links';
import type { PlanView } from './plans';

export type FormEntry = CollectionEntry<'forms'>;

/** A form with what its pages (guide, original, fill-in) and the lists that name it need. */
export interface FormView {
  id: string;
  /** Its checked frontmatter: the guide's facts and the form as printed. */
  data: Form;
  /** The collection entry, whose body is the guide's text. */
  entry: FormEntry;
  /** The plan the form is printed with. */
  plan: PlanView;
  /** The "Bản để điền": the original with its declared edits applied. */
  fillable: FormDocument;
  /** The sizes of its two Word files as the download buttons print them ("12 KB"). */
  sizes: { fillable: string; original: string };
  /** The deadlines of its own plan that name it. */
  deadlines: Deadline[];
  /** A few other plans with a deadline naming it (a guide does not grow with every plan reusing it), and how many more. */
  otherPlans: PlanView[];
  moreOtherPlans: number;
  /** How its paragraphs link the documents they cite, as plan bodies do: its plan's province. */
  citations: { province: string; options: CitationLinkOptions };
}

/**
 * The forms in their plans' order, then by id, each with what its pages show. The integrity
 * check has made sure each names a plan of the site.
 */
export async function formViews(
  entries: readonly FormEntry[],
  plans: readonly PlanView[],
  citationLinks: CitationLinkOptions,
): Promise<FormView[]> {
  const planOrder = new Map(plans.map((plan, index) => [plan.id, index]));
  const sorted = [...entries].sort(
    (a, b) => (planOrder.get(a.data.plan) ?? 0) - (planOrder.get(b.data.plan) ?? 0) || a.id.localeCompare(b.id),
  );
  // Each form's summary reads only the plans whose deadlines name it, not every plan.
  const using = plansByForm(plans);
  const views: FormView[] = [];
  // One form at a time: its two Word files are built only to be measured, then let go.
  for (const entry of sorted) {
    const plan = planById(plans, entry.data.plan)!;
    const summary = formDeadlineSummary<Deadline>(entry.id, plan.id, using.get(entry.id) ?? []);
    views.push({
      id: entry.id,
      data: entry.data,
      entry,
      plan,
      fillable: fillableDocument(entry.data),
      sizes: {
        fillable: formatBytes((await blankFormDocx(entry.data, 'fillable')).byteLength),
        original: formatBytes((await blankFormDocx(entry.data, 'original')).byteLength),
      },
      deadlines: summary.own.map(({ deadline }) => deadline),
      otherPlans: summary.others.map((id) => planById(plans, id)!),
      moreOtherPlans: summary.moreOthers,
      citations: { province: plan.data.province, options: citationLinks },
    });
  }
  return views;
}

/** The plans with a deadline naming each form, by form id, in the plans' order. */
function plansByForm(plans: readonly PlanView[]): Map<string, PlanView[]> {
  const using = new Map<string, PlanView[]>();
  for (const plan of plans) {
    for (const form of new Set(plan.data.deadlines.flatMap((deadline) => (deadline.form ? [deadline.form] : [])))) {
      const list = using.get(form);
      if (list) list.push(plan);
      else using.set(form, [plan]);
    }
  }
  return using;
}
