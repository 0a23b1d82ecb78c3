import { PLAN_STATUS_DATA, planStatus, readPeriodFacts } from '../lib/deadlines/plan-period';
import { todayInVietnam } from './today';

/**
 * Whether each plan shown is still carried out, for today's date in Vietnam: the page
 * states the period (src/components/PlanStatus.astro) and hands the label of each status;
 * this picks one. Without script the period alone stays, which is true on any day.
 */
export function markPlanStatuses(today: string = todayInVietnam()): void {
  for (const element of document.querySelectorAll<HTMLElement>(`[${PLAN_STATUS_DATA.status}]`)) {
    const status = planStatus(
      readPeriodFacts((name) => element.getAttribute(name) ?? ''),
      today,
    );
    const label = status && element.getAttribute(`${PLAN_STATUS_DATA.label}${status}`);
    if (label) {
      element.textContent = label;
      element.setAttribute(PLAN_STATUS_DATA.status, status);
    }
  }
}
