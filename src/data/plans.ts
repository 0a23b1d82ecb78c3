import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import type { Plan } from '../schemas/plan';
import { ContentIntegrityError, assertPlansIntegrity } from '../lib/plans/integrity';
import { findActorProblems } from '../lib/deadlines/actors';
import { actorsFile, getActors } from './actors';
import { findProvinceProblems } from '../lib/provinces/history';
import { getProvinces, provincesFile } from './provinces';
import type { AnchoredBlock } from '../lib/plans/lookup';
import { compareNewestFirst } from '../lib/plans/order';
import { planBodyOf } from '../markdown/plan-file';
import { renderPlanBody, type PlanHeading } from '../markdown/plan-body';
import { t } from '../i18n/t';
import { config } from '../config';

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

let checked: Promise<PlanEntry[]> | undefined;

/**
 * All plans, newest first, checked for integrity once per build (a problem stops the build).
 * Each body is parsed and rendered here, once: that checks it (an MDX component stops the
 * build with the file and line) and gives the plan everything its consumers read of it.
 */
export function getPlans(): Promise<PlanEntry[]> {
  checked ??= getCollection('plans').then((entries) => {
    const options = {
      base: config.base,
      plans: entries.map((entry) => ({ id: entry.id, number: entry.data.number.raw, province: entry.data.province })),
      footnoteLabel: t('plan.footnotes'),
      footnoteBackLabel: t('plan.footnoteBack'),
    };
    const plans = entries.map(({ id, data, filePath = id }): PlanEntry => {
      // NFC like the frontmatter (the loader's); the served plain text stays the source's bytes.
      const body = planBodyOf(readFileSync(path.resolve(filePath), 'utf8').normalize('NFC'));
      return { id, filePath, data, ...renderPlanBody(body, { file: filePath, province: data.province }, options) };
    });
    assertPlansIntegrity(plans);
    const actorProblems = findActorProblems(
      plans.map(({ filePath, data }) => ({
        file: filePath,
        province: data.province,
        issuerCode: data.number.issuerCode,
        deadlines: data.deadlines,
      })),
      getActors(),
      path.relative(process.cwd(), actorsFile),
    );
    // A draft may name a province the file does not know yet (a plan from a new province,
    // just imported): it shows the name as printed, and publishing it needs the entry.
    const provinceProblems = findProvinceProblems(
      plans
        .filter(({ data }) => data.status !== 'draft')
        .map(({ filePath, data }) => ({ file: filePath, province: data.province })),
      getProvinces(),
      path.relative(process.cwd(), provincesFile),
    );
    if (actorProblems.length + provinceProblems.length > 0) {
      throw new ContentIntegrityError([...actorProblems, ...provinceProblems]);
    }
    return plans.sort((a, b) => compareNewestFirst(a.data, b.data));
  });
  return checked;
}
