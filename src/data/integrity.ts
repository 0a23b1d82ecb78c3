import type { Actors } from '../schemas/actor';
import type { Commemoration } from '../schemas/commemoration';
import type { Form } from '../schemas/form';
import type { NationalDocument } from '../schemas/national-document';
import type { ProvincesFile } from '../schemas/province';
import type { Topic } from '../schemas/topic';
import { findActorProblems } from '../lib/deadlines/actors';
import { findDeadlineFormProblems, findFormProblems } from '../lib/forms/integrity';
import { isNational } from '../lib/plans/citations';
import { findSubjectProblems } from '../lib/plans/document-subjects';
import {
  findCommemorationProblems,
  findPlanProblems,
  findTopicProblems,
  type PlanToCheck,
} from '../lib/plans/integrity';
import { findProvinceProblems } from '../lib/provinces/history';
import { isPlanListSegment, planPath } from '../lib/site/routes';

/**
 * Every check of the content that zod cannot make, in one place: what one entry must hold
 * (quotes found in the body, unique numbers) and what entries of different collections and
 * files must agree on (plans a form, topic or commemoration names, actors, provinces, the
 * national documents' subjects). The rules themselves are pure functions in src/lib, tested
 * there; this runs them all over the whole content and stops the build with one error that
 * lists every problem, each naming its file and field.
 */

export class ContentIntegrityError extends Error {
  constructor(readonly problems: string[]) {
    super(`Nội dung không hợp lệ (content is invalid):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentIntegrityError';
  }
}

/** An entry of a collection as the checks read it: its id, its file and its checked frontmatter. */
export interface ContentEntry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
}

/** Everything the checks read: each collection and data file, as loaded. */
export interface ContentToCheck {
  plans: readonly (PlanToCheck & { filePath: string })[];
  forms: readonly ContentEntry<Form>[];
  topics: readonly ContentEntry<Topic>[];
  commemorations: readonly ContentEntry<Commemoration>[];
  actors: Actors;
  provinces: ProvincesFile;
  nationalDocuments: readonly NationalDocument[];
  /** The data files as errors name them (relative to the project). */
  files: { actors: string; provinces: string; documents: string };
  /** The national documents the plans and their forms cite, by number. */
  citedNational: ReadonlySet<string>;
}

/** Every problem of the content, each naming its file and field; empty when the content is sound. */
export function findSiteProblems(content: ContentToCheck): string[] {
  const { plans, files } = content;
  return [
    ...findPlanProblems(plans),
    ...plans.filter((plan) => isPlanListSegment(plan.id)).map(listPathClash),
    ...findActorProblems(
      plans.map(({ filePath, data }) => ({
        file: filePath,
        province: data.province,
        issuerCode: data.number.issuerCode,
        deadlines: data.deadlines,
      })),
      content.actors,
      files.actors,
    ),
    // A draft may name a province the file does not know yet (a plan from a new province,
    // just imported): it shows the name as printed, and publishing it needs the entry.
    ...findProvinceProblems(
      plans
        .filter(({ data }) => data.status !== 'draft')
        .map(({ filePath, data }) => ({ file: filePath, province: data.province })),
      content.provinces,
      files.provinces,
    ),
    ...findFormProblems(content.forms, plans),
    ...findDeadlineFormProblems(plans, new Set(content.forms.map((form) => form.id))),
    ...findCommemorationProblems(content.commemorations, plans),
    ...findTopicProblems(content.topics, plans),
    ...findSubjectProblems(content.nationalDocuments, plans, files.documents),
    ...content.nationalDocuments.flatMap((entry, index) =>
      isNational(entry.number) && content.citedNational.has(entry.number)
        ? []
        : [`${files.documents}: ${index}.number: "${entry.number}" is not a national document the plans cite`],
    ),
  ];
}

/** Stops the build when the content has any problem, listing them all. */
export function checkSiteIntegrity(content: ContentToCheck): void {
  const problems = findSiteProblems(content);
  if (problems.length > 0) throw new ContentIntegrityError(problems);
}

/** A plan id that is a segment of the plan list's paths ("tinh", "nam", "trang-2") would share its page. */
const listPathClash = ({ id, filePath }: { id: string; filePath: string }): string =>
  `${filePath}: the plan id "${id}" (its file name) is a path of the plan lists (${planPath(id)}): rename the file`;
