import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plan } from '../schemas/plan';
import type { AnchoredBlock } from '../lib/plans/lookup';
import type { PeriodFacts } from '../lib/deadlines/plan-period';
import { compareNewestFirst } from '../lib/plans/order';
import { compactName, type ProvinceHistory } from '../lib/provinces/history';
import type { CitationLinkOptions } from '../markdown/citation-links';
import { planBodyOf } from '../markdown/plan-file';
import { renderPlanBody, type PlanHeading } from '../markdown/plan-body';
import { t } from '../i18n/t';
import type { TimelineItem } from './deadlines';

/**
 * A plan of the site as every page, feed and check receives it, computed once per build:
 * its checked frontmatter, and its body (read from its file; the data store holds only the
 * frontmatter) parsed once into the page's HTML and headings, the anchored blocks quotes are
 * found in, and the reading text. Nothing looks a plan up by its text.
 */
export interface PlanEntry {
  id: string;
  /** The plan's file, relative to the project, as errors name it. */
  filePath: string;
  data: Plan;
  /** The body's headings, paragraphs and footnotes with the ids its page gives them. */
  blocks: AnchoredBlock[];
  /** The body's reading text (plainText of the body): the checks' haystack and the search text. */
  text: string;
  /** The body as its page shows it: anchors and citation links. */
  html: string;
  /** The body's footnotes section, shown after the signature block ('' when none). */
  footnotesHtml: string;
  headings: PlanHeading[];
}

/** A plan with what every page that shows or lists it needs besides its own file. */
export interface PlanView extends PlanEntry {
  /** How the site names the plan: "Kế hoạch số 34-KH/ĐUK". */
  heading: string;
  /** The province as printed, with what became of it. */
  province: ProvinceHistory;
  /** The province as a line of a list prints it: "Trà Vinh, nay thuộc tỉnh Vĩnh Long". */
  provinceLabel: string;
  /** What says whether the plan is in force on the reader's day: its period, else (lastDue) its last due date. */
  status: PeriodFacts;
  /** Its deadlines' occurrences in the plan's order, each tied to its paragraph (none for a draft). */
  timeline: TimelineItem[];
}

/** A plan frontmatter as the collection holds it (the loader has checked it against the schema). */
export interface PlanFile {
  id: string;
  filePath?: string | undefined;
  data: Plan;
}

/**
 * The plans, newest first, each body read from its file and parsed once: that checks it (an
 * MDX component stops the build with the file and line) and gives the plan everything its
 * consumers read of it.
 */
export function renderPlans(
  files: readonly PlanFile[],
  citationLinks: CitationLinkOptions,
  footnotes: { footnoteLabel: string; footnoteBackLabel: string },
): PlanEntry[] {
  const options = { ...citationLinks, ...footnotes };
  return files
    .map(({ id, data, filePath = id }): PlanEntry => {
      // NFC like the frontmatter (the loader's); the served plain text stays the source's bytes.
      const body = planBodyOf(readFileSync(path.resolve(filePath), 'utf8').normalize('NFC'));
      return { id, filePath, data, ...renderPlanBody(body, { file: filePath, province: data.province }, options) };
    })
    .sort((a, b) => compareNewestFirst(a.data, b.data));
}

/** What links a citation to a plan of the site: built once, for the plan bodies and the forms alike. */
export const citationLinkOptions = (base: string, files: readonly PlanFile[]): CitationLinkOptions => ({
  base,
  plans: files.map(({ id, data }) => ({ id, number: data.number.raw, province: data.province })),
});

/** How the site names a plan: its type and number ("Kế hoạch số 34-KH/ĐUK"). */
export const planHeading = (plan: Plan): string =>
  t('plan.heading', { type: plan.number.typeName, number: plan.number.raw });

/** The plan as pages show it, from its entry, its timeline and its province's history. */
export function planView(entry: PlanEntry, timeline: TimelineItem[], province: ProvinceHistory): PlanView {
  const { period } = entry.data;
  return {
    ...entry,
    heading: planHeading(entry.data),
    province,
    provinceLabel: compactName(province),
    // A plan that prints its period is judged by it; one that prints none, by its last deadline.
    status: period
      ? { period: { from: period.from, until: period.until }, lastDue: null }
      : { period, lastDue: lastDue(timeline) },
    timeline,
  };
}

/** The due date of the last dated deadline, or null when none is dated. */
function lastDue(timeline: readonly TimelineItem[]): string | null {
  const dues = timeline.flatMap((item) => (item.occurrence.dueBy === null ? [] : [item.occurrence.dueBy]));
  return dues.length > 0 ? dues.reduce((last, due) => (due > last ? due : last)) : null;
}
