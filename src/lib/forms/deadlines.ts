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
export function deadlinesForForm<D extends { form?: unknown }>(
  formId: string,
  plans: readonly PlanWithDeadlines[],
): FormDeadline<D>[] {
  return plans.flatMap((plan) => {
    const list = (plan.data as { deadlines?: unknown }).deadlines;
    if (!Array.isArray(list)) return [];
    return (list as D[])
      .filter((deadline) => typeof deadline === 'object' && deadline !== null && deadline.form === formId)
      .map((deadline) => ({ plan: plan.id, deadline }));
  });
}

/** What a form's guide shows: the deadlines of its own plan, and a bounded list of the other plans using it. */
export interface FormDeadlineSummary<D> {
  own: FormDeadline<D>[];
  /** Ids of other plans with a deadline naming the form, at most `limit` of them, in plan order. */
  others: string[];
  /** How many other plans use the form beyond those listed. */
  moreOthers: number;
}

/**
 * A guide must not grow with every plan in the country that reuses its form: it lists the
 * deadlines of the plan the form belongs to and names a few other plans using it.
 */
export function formDeadlineSummary<D extends { form?: unknown }>(
  formId: string,
  ownPlanId: string,
  plans: readonly PlanWithDeadlines[],
  limit = 5,
): FormDeadlineSummary<D> {
  const all = deadlinesForForm<D>(formId, plans);
  const otherPlans = [...new Set(all.filter((item) => item.plan !== ownPlanId).map((item) => item.plan))];
  return {
    own: all.filter((item) => item.plan === ownPlanId),
    others: otherPlans.slice(0, limit),
    moreOthers: Math.max(0, otherPlans.length - limit),
  };
}

/** What formTitles needs of a form and of a plan. */
export interface TitledForm {
  id: string;
  data: { plan: string; attachment: number };
}
export interface PlanAttachments {
  id: string;
  data: { attachments: readonly { title: string }[] };
}

/**
 * The title a deadline shows for the form it names: the form's entry among its plan's
 * attachments, as the plan prints it. By form id; every form must point at an attachment
 * of a plan of the site (findFormProblems checks it).
 */
export function formTitles(forms: readonly TitledForm[], plans: readonly PlanAttachments[]): Map<string, string> {
  const plansById = new Map(plans.map((plan) => [plan.id, plan]));
  return new Map(
    forms.map((form) => [form.id, plansById.get(form.data.plan)!.data.attachments[form.data.attachment]!.title]),
  );
}
