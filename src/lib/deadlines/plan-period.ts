/**
 * Whether a plan is still being carried out on a given day. A plan states the years it is
 * carried out in (its `period`), and that decides; a plan that prints no period is judged by
 * its last dated deadline instead, and the label says so. The day is the reader's (computed
 * in the browser): a status computed at build time would be stale the day after.
 */

export interface PeriodFacts {
  /** The plan's period, or null when it prints none. */
  period: { from: number; until: number } | null;
  /** The plan's last due date (YYYY-MM-DD), or null when it sets none. */
  lastDue: string | null;
}

/** 'upcoming': the period has not begun; null: nothing says (no period, no dated deadline). */
export type PlanStatus = 'upcoming' | 'active' | 'ended';

/** The plan's status on `today` (YYYY-MM-DD). */
export function planStatus(facts: PeriodFacts, today: string): PlanStatus | null {
  if (facts.period) {
    const year = Number(today.slice(0, 4));
    if (year < facts.period.from) return 'upcoming';
    return year > facts.period.until ? 'ended' : 'active';
  }
  if (facts.lastDue === null) return null;
  return today <= facts.lastDue ? 'active' : 'ended';
}

/** The years as printed in labels: "2020" for one year, "2021–2025" for several. */
export const periodYears = (period: { from: number; until: number }): string =>
  period.from === period.until ? String(period.from) : `${period.from}–${period.until}`;

/**
 * The data-* attributes of an element showing a plan's status: the script picks the label of
 * the status it computes; without script the element keeps its text (the period only).
 */
export const PLAN_STATUS_DATA = {
  status: 'data-plan-status',
  from: 'data-period-from',
  until: 'data-period-until',
  lastDue: 'data-last-due',
  /** data-label-<status>: the text for each status. */
  label: 'data-label-',
} as const;

/** Reads the facts back from an element's attributes (`read` returns '' when absent). */
export function readPeriodFacts(read: (name: string) => string): PeriodFacts {
  const from = read(PLAN_STATUS_DATA.from);
  const until = read(PLAN_STATUS_DATA.until);
  const lastDue = read(PLAN_STATUS_DATA.lastDue);
  return {
    period: from && until ? { from: Number(from), until: Number(until) } : null,
    lastDue: lastDue || null,
  };
}

/** The attributes for a plan's facts and the label of each status (a status without a label is left out). */
export function planStatusAttributes(facts: PeriodFacts, labels: Record<PlanStatus, string>): Record<string, string> {
  return {
    [PLAN_STATUS_DATA.status]: '',
    ...(facts.period
      ? {
          [PLAN_STATUS_DATA.from]: String(facts.period.from),
          [PLAN_STATUS_DATA.until]: String(facts.period.until),
        }
      : {}),
    ...(facts.lastDue ? { [PLAN_STATUS_DATA.lastDue]: facts.lastDue } : {}),
    ...Object.fromEntries(
      (Object.keys(labels) as PlanStatus[])
        .filter((status) => labels[status] !== '')
        .map((status) => [`${PLAN_STATUS_DATA.label}${status}`, labels[status]]),
    ),
  };
}
