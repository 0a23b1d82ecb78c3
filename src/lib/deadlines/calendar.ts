import ICAL from 'ical.js';
import type { Deadline } from '../../schemas/deadline';
import { expandDeadline } from './occurrences';
import { parseIso } from './dates';
import { endOfMonth, endOfQuarter, endOfQuarterStart, dayBefore } from './dates';

/** What a calendar event says about a deadline besides its date. */
export interface DeadlineEventInfo {
  /** Stable across builds: plan id + deadline id. */
  uid: string;
  title: string;
  description: string;
  /** Absolute URL of the source paragraph; only when the site's address is known (SITE). */
  url: string | null;
}

// DTSTAMP must be fixed so that the same content gives byte-identical files.
const FIXED_TIMESTAMP = Date.UTC(2020, 0, 1);
const PRODUCT_ID = 'so-tay-hoc-tap-va-lam-theo-bac';

type DateArray = [number, number, number];
const toArray = (iso: string): DateArray => {
  const { year, month, day } = parseIso(iso);
  return [year, month, day];
};
const nextDay = (iso: string): DateArray => {
  const { year, month, day } = parseIso(iso);
  const last = Number(endOfMonth(year, month).slice(8));
  if (day < last) return [year, month, day + 1];
  if (month < 12) return [year, month + 1, 1];
  return [year + 1, 1, 1];
};
const compact = (iso: string) => iso.replaceAll('-', '');

/** An all-day calendar event: what an iCalendar VEVENT of this site holds. */
export interface CalendarEvent {
  uid: string;
  title: string;
  description: string;
  url?: string;
  start: DateArray;
  end: DateArray;
  /** RRULE value, e.g. "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1;UNTIL=20251231". */
  recurrenceRule?: string;
}

function allDay(iso: string, info: DeadlineEventInfo, uid: string, rule?: string): CalendarEvent {
  return allDayEvent(iso, { ...info, uid }, rule);
}

/** One all-day event (end = the next day), reproducible: fixed DTSTAMP, given UID. */
export function allDayEvent(iso: string, info: DeadlineEventInfo, rule?: string): CalendarEvent {
  return {
    uid: `${info.uid}@${PRODUCT_ID}`,
    title: info.title,
    description: info.description,
    ...(info.url ? { url: info.url } : {}),
    start: toArray(iso),
    end: nextDay(iso),
    ...(rule ? { recurrenceRule: rule } : {}),
  };
}

/** The RRULE parts that repeat a yearly rule on the same calendar position. */
function yearlyRule(deadline: Extract<Deadline, { kind: 'yearly' }>): string | null {
  const rule = deadline.every;
  if (rule.type === 'month') return `BYMONTH=${rule.month};BYMONTHDAY=-1`;
  if (rule.type === 'quarter') return `BYMONTH=${rule.part === 'start' ? rule.quarter * 3 - 2 : rule.quarter * 3};BYMONTHDAY=-1`;
  // A fixed day; "trước ngày 01/…" would move to another month's end, so list those instead.
  if (rule.before && rule.day === 1) return null;
  return `BYMONTH=${rule.month};BYMONTHDAY=${rule.before ? rule.day - 1 : rule.day}`;
}

/**
 * All-day calendar events for a deadline: one event for a fixed time, one event with an
 * RRULE for a recurrence (exceptions as events of their own), none for work without a date.
 */
export function deadlineEvents(deadline: Deadline, info: DeadlineEventInfo): CalendarEvent[] {
  const occurrences = expandDeadline(deadline).filter((o): o is typeof o & { dueBy: string } => o.dueBy !== null);
  if (occurrences.length === 0) return [];
  if (deadline.kind === 'monthly') {
    const last = occurrences.at(-1)!.dueBy;
    return [allDay(occurrences[0]!.dueBy, info, info.uid, `FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=${compact(last)}`)];
  }
  if (deadline.kind !== 'yearly') return occurrences.map((o) => allDay(o.dueBy, info, info.uid));

  const exceptionYears = new Set(deadline.exceptions.map((e) => e.year));
  const years: number[] = [];
  for (let year = deadline.from; year <= deadline.until; year += 1) if (!exceptionYears.has(year)) years.push(year);
  const contiguous = years.every((year, index) => index === 0 || year === years[index - 1]! + 1);
  const rule = yearlyRule(deadline);
  const regularDue = (year: number) => {
    const every = deadline.every;
    if (every.type === 'month') return endOfMonth(year, every.month);
    if (every.type === 'quarter') return every.part === 'start' ? endOfQuarterStart(year, every.quarter) : endOfQuarter(year, every.quarter);
    const date = `${year}-${String(every.month).padStart(2, '0')}-${String(every.day).padStart(2, '0')}`;
    return every.before ? dayBefore(date) : date;
  };
  const events: CalendarEvent[] = deadline.exceptions.map((exception) =>
    allDay(exception.before ? dayBefore(exception.date) : exception.date, { ...info, title: `${info.title} (${exception.label})` }, `${info.uid}--${exception.year}`),
  );
  if (years.length === 0) return events;
  if (rule && contiguous) {
    const first = regularDue(years[0]!);
    const last = regularDue(years.at(-1)!);
    events.unshift(allDay(first, info, info.uid, `FREQ=YEARLY;${rule};UNTIL=${compact(last)}`));
  } else {
    events.unshift(...years.map((year) => allDay(regularDue(year), info, `${info.uid}--${year}`)));
  }
  return events;
}

const date = ([year, month, day]: DateArray) => ICAL.Time.fromData({ year, month, day, isDate: true });
const STAMP = ICAL.Time.fromJSDate(new Date(FIXED_TIMESTAMP), true);

/**
 * The VEVENT blocks of events, written by ical.js (RFC 5545: escaping, line folding).
 * Formatted once per plan, they serve the plan's own calendar and the site-wide one.
 */
export function formatEvents(events: CalendarEvent[]): string {
  return events
    .map((event) => {
      const vevent = new ICAL.Component('vevent');
      vevent.addPropertyWithValue('uid', event.uid);
      vevent.addPropertyWithValue('summary', event.title);
      vevent.addPropertyWithValue('dtstamp', STAMP);
      vevent.addPropertyWithValue('dtstart', date(event.start));
      vevent.addPropertyWithValue('dtend', date(event.end));
      vevent.addPropertyWithValue('description', event.description);
      if (event.url) vevent.addPropertyWithValue('url', event.url);
      vevent.addPropertyWithValue('transp', 'TRANSPARENT');
      if (event.recurrenceRule) vevent.addPropertyWithValue('rrule', ICAL.Recur.fromString(event.recurrenceRule));
      return `${vevent.toString()}\r\n`;
    })
    .join('');
}

/** An iCalendar file (RFC 5545) from VEVENT blocks made by formatEvents. */
export function calendarOf(formattedEvents: string, name: string): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('prodid', PRODUCT_ID);
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', name);
  calendar.addPropertyWithValue('x-published-ttl', 'PT1H');
  const empty = calendar.toString();
  const end = empty.lastIndexOf('END:VCALENDAR');
  return `${empty.slice(0, end)}${formattedEvents}END:VCALENDAR\r\n`;
}

/** An iCalendar file (RFC 5545) from events. */
export function buildCalendar(events: CalendarEvent[], name: string): string {
  return calendarOf(formatEvents(events), name);
}
