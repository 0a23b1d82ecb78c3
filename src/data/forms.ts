import { getCollection, type CollectionEntry } from 'astro:content';
import { assertFormsIntegrity } from '../lib/forms/integrity';
import { getPlans } from './plans';

export type FormEntry = CollectionEntry<'forms'>;

let checked: Promise<FormEntry[]> | undefined;

/** All forms in plan order then by number, checked once per build (a problem stops the build). */
export function getForms(): Promise<FormEntry[]> {
  checked ??= Promise.all([getCollection('forms'), getPlans()]).then(([forms, plans]) => {
    assertFormsIntegrity(forms, new Set(plans.map((plan) => plan.id)));
    const planOrder = new Map(plans.map((plan, index) => [plan.id, index]));
    return forms.sort(
      (a, b) =>
        (planOrder.get(a.data.plan) ?? 0) - (planOrder.get(b.data.plan) ?? 0) || a.id.localeCompare(b.id),
    );
  });
  return checked;
}
