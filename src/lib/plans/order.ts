import type { Plan } from '../../schemas/plan';
import { compareVietnameseNumeric } from '../text/collate';

/** Newest first; undated plans last, then by number. */
export function compareNewestFirst(a: Plan, b: Plan): number {
  if (a.issued && b.issued && a.issued !== b.issued) return a.issued < b.issued ? 1 : -1;
  if (a.issued && !b.issued) return -1;
  if (!a.issued && b.issued) return 1;
  return compareByNumber(a, b);
}

/** By document number, numerically ("28-KH" before "147-KH"). */
export function compareByNumber(a: Plan, b: Plan): number {
  return compareVietnameseNumeric(a.number.raw, b.number.raw);
}

/** The year a plan was issued, or null when it prints no date. */
export function issuedYear(plan: Plan): number | null {
  return plan.issued ? Number(plan.issued.slice(0, 4)) : null;
}
