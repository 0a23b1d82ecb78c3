import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertPlansIntegrity } from '../lib/plans/integrity';
import { rememberAnchoredBlocks } from '../markdown/plan-anchors';
import { compareNewestFirst } from '../lib/plans/order';
import { planBodyOf } from '../markdown/plan-file';
import { renderPlanBody, type PlanHeading } from '../markdown/plan-body';
import { t } from '../i18n/t';

/** A plan entry with its body, read from its file (the data store holds only the frontmatter). */
export type PlanEntry = CollectionEntry<'plans'> & { body: string; filePath: string };

/** A plan body as its page shows it. */
export interface PlanPageBody {
  html: string;
  headings: PlanHeading[];
}

let checked: Promise<PlanEntry[]> | undefined;
const pageBodies = new Map<string, PlanPageBody>();

/**
 * All plans, newest first, checked for integrity once per build (a problem stops the build).
 * Each body is parsed and rendered here, once: that checks it (an MDX component stops the
 * build with the file and line), gives the integrity checks, deadlines and citations their
 * blocks, and gives the plan's page its HTML.
 */
export function getPlans(): Promise<PlanEntry[]> {
  checked ??= getCollection('plans').then((entries) => {
    const plans = entries.map((entry): PlanEntry => {
      const filePath = entry.filePath ?? entry.id;
      return { ...entry, body: planBodyOf(readFileSync(path.resolve(filePath), 'utf8')), filePath };
    });
    const options = {
      base: import.meta.env.BASE_URL,
      plans: plans.map((plan) => ({ id: plan.id, number: plan.data.number.raw, province: plan.data.province })),
      footnoteLabel: t('plan.footnotes'),
      footnoteBackLabel: t('plan.footnoteBack'),
    };
    for (const plan of plans) {
      const { html, headings, blocks } = renderPlanBody(
        plan.body,
        { file: plan.filePath, province: plan.data.province },
        options,
      );
      rememberAnchoredBlocks(plan.body, blocks);
      pageBodies.set(plan.id, { html, headings });
    }
    assertPlansIntegrity(plans);
    return plans.sort((a, b) => compareNewestFirst(a.data, b.data));
  });
  return checked;
}

/** A plan's body as its page shows it: HTML with anchors and citation links, and its headings. */
export async function planPageBody(entry: PlanEntry): Promise<PlanPageBody> {
  await getPlans();
  return pageBodies.get(entry.id)!;
}
