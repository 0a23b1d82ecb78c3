import { getCollection, type CollectionEntry } from 'astro:content';
import { assertPlansIntegrity } from '../lib/content-integrity';
import { compareNewestFirst } from '../lib/plan-order';

export type PlanEntry = CollectionEntry<'plans'>;

let checked: Promise<PlanEntry[]> | undefined;

/** All plans, newest first, checked for integrity once per build (a problem stops the build). */
export function getPlans(): Promise<PlanEntry[]> {
  checked ??= getCollection('plans').then((entries) => {
    assertPlansIntegrity(entries);
    return entries.sort((a, b) => compareNewestFirst(a.data, b.data));
  });
  return checked;
}
