import { calendarOf, calendarResponse, formatEvents } from '../lib/calendar/ics';
import { timelineEvents } from '../lib/deadlines/events';
import { planById } from '../lib/plans/lookup';
import { href } from '../lib/site/url';
import { getSiteModel } from './site-model';

// Each plan's events are formatted once per build and shared by its own calendar and the
// site-wide one (the site address is the same for the whole build).
const formatted = new Map<string, string>();
async function planEventText(planId: string, site: URL | undefined): Promise<string> {
  let text = formatted.get(planId);
  if (text === undefined) {
    const items = planById((await getSiteModel()).plans, planId)?.timeline ?? [];
    text = formatEvents(timelineEvents(items, site, href));
    formatted.set(planId, text);
  }
  return text;
}

/** The calendar of the given plans' dated deadlines, from the same items as the timeline. */
export async function calendarFile(
  plans: readonly { id: string }[],
  name: string,
  site: URL | undefined,
): Promise<Response> {
  const events: string[] = [];
  for (const plan of plans) events.push(await planEventText(plan.id, site));
  return calendarResponse(calendarOf(events.join(''), name));
}
