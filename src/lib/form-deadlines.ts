/** The part of a plan entry this needs: its id and, when the timeline adds them, its deadlines. */
export interface PlanWithDeadlines {
  id: string;
  /** A plan's data; its `deadlines` field, when present, is a list. */
  data: object;
}

/** A deadline that names a form (the timeline's `form` field), with the plan it is in. */
export interface FormDeadline<D> {
  plan: string;
  deadline: D;
}

/**
 * The deadlines of all plans that use the given form: those whose `form` field holds the
 * form's id. Plans without a `deadlines` list contribute none.
 */
export function deadlinesForForm<D extends { form?: unknown }>(formId: string, plans: PlanWithDeadlines[]): FormDeadline<D>[] {
  return plans.flatMap((plan) => {
    const list = (plan.data as { deadlines?: unknown }).deadlines;
    if (!Array.isArray(list)) return [];
    return (list as D[])
      .filter((deadline) => typeof deadline === 'object' && deadline !== null && deadline.form === formId)
      .map((deadline) => ({ plan: plan.id, deadline }));
  });
}
