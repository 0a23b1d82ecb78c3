import { calendarOf, calendarResponse, formatEvents, type CalendarEvent } from '../lib/calendar/ics';
import { timelineEvents } from '../lib/deadlines/events';
import { t } from '../i18n/t';
import { href } from '../lib/site/url';
import { commemorationPath } from '../lib/site/routes';
import { planById } from '../lib/plans/lookup';
import type { PlanView } from './plans';
import { getSiteModel } from './site-model';

/**
 * The site's calendar files and which of them exist. RFC 5545 §3.6 wants at least one
 * component in a calendar, and a reader subscribed to an empty one sees nothing to tell it
 * why: a calendar without an event (a plan whose work has no date, a draft, a site without
 * dated deadlines or anniversaries) is not written, and no page links to it. Pages ask here
 * whether to link one; routes ask here what to write.
 */

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

/** The plans with at least one calendar event, in the plans' order: those that have a .ics. */
export async function getCalendarPlans(): Promise<PlanView[]> {
  return (await getSiteModel()).planPages.filter((plan) => plan.calendar);
}

/** Whether the site-wide deadline calendar (/moc-thoi-gian.ics) exists. */
export async function hasTimelineCalendar(): Promise<boolean> {
  return (await getCalendarPlans()).length > 0;
}

/**
 * A route's answer when its calendar has no event: Astro writes no file for an empty body,
 * and the development server answers 404.
 */
const noCalendar = (): Response => new Response(null, { status: 404 });

/** The calendar of the given plans' dated deadlines, from the same items as the timeline. */
export async function calendarFile(
  plans: readonly { id: string }[],
  name: string,
  site: URL | undefined,
): Promise<Response> {
  const events: string[] = [];
  for (const plan of plans) events.push(await planEventText(plan.id, site));
  const text = events.join('');
  return text === '' ? noCalendar() : calendarResponse(calendarOf(text, name));
}

/** Every anniversary of every commemoration in the calendar's years, as all-day events. */
async function anniversaryEvents(site: URL | undefined): Promise<CalendarEvent[]> {
  return [...(await getSiteModel()).anniversaries].flatMap(([year, list]) =>
    list.map((item) => {
      const kind = item.anniversary.kind ? ` (${t(`comm.kind.${item.anniversary.kind}`)})` : '';
      const path = href(commemorationPath(item.id));
      return {
        uid: `ngay-ky-niem-${item.id}--${year}`,
        title: `${t('comm.number', { number: item.anniversary.number })} ${item.name}${kind}`,
        description: site ? new URL(path, site).href : path,
        url: site ? new URL(path, site).href : null,
        date: item.date,
        recurrence: null,
      };
    }),
  );
}

/** Whether the anniversary calendar (/ngay-ky-niem.ics) exists. */
export async function hasAnniversaryCalendar(): Promise<boolean> {
  return (await anniversaryEvents(undefined)).length > 0;
}

/** The anniversary calendar's file. */
export async function anniversaryCalendarFile(site: URL | undefined): Promise<Response> {
  const events = formatEvents(await anniversaryEvents(site));
  return events === '' ? noCalendar() : calendarResponse(calendarOf(events, `${t('site.name')} — ${t('comm.title')}`));
}
