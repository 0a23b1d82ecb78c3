import { calendarOf, deadlineEvents, formatEvents } from '../lib/deadlines/calendar';
import { plainText } from '../lib/text/plain-text';
import { quotePath } from '../lib/plans/lookup';
import { href } from '../lib/site/url';
import { t } from '../i18n/t';
import type { PlanEntry } from './plans';

/** Calendar events of one plan's dated deadlines. */
export function planEvents(plan: PlanEntry, site: URL | undefined) {
  return plan.data.deadlines.flatMap((deadline) => {
    const path = href(quotePath(plan, deadline.quote));
    const lines = [
      `${t('deadline.plan')}: ${plan.data.number.raw}`,
      `${t('deadline.who')}: ${deadline.who.join('; ')}`,
      ...(deadline.reportTo ? [`${t('deadline.reportTo')}: ${deadline.reportTo}`] : []),
      `“${plainText(deadline.quote)}”`,
      `${t('deadline.source')}: ${site ? new URL(path, site).href : path}`,
    ];
    return deadlineEvents(deadline, {
      uid: `${plan.id}-${deadline.id}`,
      title: `${deadline.task} (${plan.data.number.raw})`,
      description: lines.join('\n'),
      url: site ? new URL(path, site).href : null,
    });
  });
}

// Each plan's events are formatted once per build and shared by its own calendar and the
// site-wide one (the site address is the same for the whole build).
const formatted = new Map<string, string>();
function planEventText(plan: PlanEntry, site: URL | undefined): string {
  let text = formatted.get(plan.id);
  if (text === undefined) {
    text = formatEvents(planEvents(plan, site));
    formatted.set(plan.id, text);
  }
  return text;
}

export function calendarFile(plans: PlanEntry[], name: string, site: URL | undefined): Response {
  const events = plans.map((plan) => planEventText(plan, site)).join('');
  return new Response(calendarOf(events, name), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
