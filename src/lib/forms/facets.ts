import { slugify } from '../text/slug';

export interface FormFacetOption {
  value: string;
  label: string;
  count: number;
}

/** Filter options of the forms index: by plan and by who files the form, in first-seen order. */
export function formFilterOptions(forms: { plan: string; planName: string; filedBy: string }[]): {
  plans: FormFacetOption[];
  filedBy: FormFacetOption[];
} {
  const count = (pairs: { value: string; label: string }[]) => {
    const options = new Map<string, FormFacetOption>();
    for (const { value, label } of pairs) {
      const option = options.get(value) ?? { value, label, count: 0 };
      option.count += 1;
      options.set(value, option);
    }
    return [...options.values()];
  };
  return {
    plans: count(forms.map((form) => ({ value: form.plan, label: form.planName }))),
    filedBy: count(forms.map((form) => ({ value: slugify(form.filedBy), label: form.filedBy }))),
  };
}
