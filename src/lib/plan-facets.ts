import type { Plan } from '../schemas/plan';
import { issuerName } from '../schemas/document-number';
import { issuedYear } from './plan-order';
import { slugify } from './slug';

/** The filter values of one plan, as data attributes and option values. */
export interface PlanFacets {
  year: string;
  province: string;
  issuer: string;
}

/** Year "" stands for plans that print no date. */
export function planFacets(plan: Plan): PlanFacets {
  return {
    year: String(issuedYear(plan) ?? ''),
    province: slugify(plan.province),
    issuer: slugify(issuerName(plan.number.issuerCode)),
  };
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

function countBy(values: { value: string; label: string }[]): FacetOption[] {
  const options = new Map<string, FacetOption>();
  for (const { value, label } of values) {
    const option = options.get(value) ?? { value, label, count: 0 };
    option.count += 1;
    options.set(value, option);
  }
  return [...options.values()];
}

/** Options for the year, province and issuer filters, each with its number of plans. */
export function facetOptions(plans: Plan[], undatedLabel: string) {
  const years = countBy(
    plans.map((plan) => {
      const year = issuedYear(plan);
      return { value: String(year ?? ''), label: year ? String(year) : undatedLabel };
    }),
  ).sort((a, b) => (a.value === '' ? 1 : b.value === '' ? -1 : Number(b.value) - Number(a.value)));
  const provinces = countBy(plans.map((plan) => ({ value: slugify(plan.province), label: plan.province }))).sort(
    (a, b) => a.label.localeCompare(b.label, 'vi'),
  );
  const issuers = countBy(
    plans.map((plan) => {
      const label = issuerName(plan.number.issuerCode);
      return { value: slugify(label), label };
    }),
  ).sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  return { years, provinces, issuers };
}
