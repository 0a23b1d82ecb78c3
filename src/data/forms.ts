import { getCollection, type CollectionEntry } from 'astro:content';
import { assertFormsIntegrity } from '../lib/forms/integrity';
import { formTitles } from '../lib/forms/deadlines';
import { getPlans } from './plans';

export type FormEntry = CollectionEntry<'forms'>;

let checked: Promise<FormEntry[]> | undefined;

/**
 * All forms in plan order then by number, checked once per build (a problem stops the
 * build). The plans' deadlines are checked here too, since the forms they name are known
 * only once both collections are loaded: the timeline reads form titles through
 * getFormTitles, so no build gets past an unknown form.
 */
export function getForms(): Promise<FormEntry[]> {
  checked ??= Promise.all([getCollection('forms'), getPlans()]).then(([forms, plans]) => {
    assertFormsIntegrity(forms, plans);
    const planOrder = new Map(plans.map((plan, index) => [plan.id, index]));
    return forms.sort(
      (a, b) => (planOrder.get(a.data.plan) ?? 0) - (planOrder.get(b.data.plan) ?? 0) || a.id.localeCompare(b.id),
    );
  });
  return checked;
}

/** The title a deadline shows for each form, by form id (see formTitles). */
export function getFormTitles(): Promise<ReadonlyMap<string, string>> {
  titles ??= Promise.all([getForms(), getPlans()]).then(([forms, plans]) => formTitles(forms, plans));
  return titles;
}
let titles: Promise<ReadonlyMap<string, string>> | undefined;

/** One page per form (the original's page, the fill-in page, the two .docx files): its id as the path, the entry as props. */
export async function formPagePaths(): Promise<{ params: { id: string }; props: { entry: FormEntry } }[]> {
  return (await getForms()).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
