import { createEvents, type EventAttributes } from 'ics';
import type { Deadline } from '../schemas/deadline';
import { expandDeadline } from './deadline-occurrences';
import { parseIso } from './deadline-dates';
import { endOfMonth, endOfQuarter, endOfQuarterStart, dayBefore } from './deadline-dates';

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

function allDay(iso: string, info: DeadlineEventInfo, uid: string, rule?: string): EventAttributes {
  return allDayEvent(iso, { ...info, uid }, rule);
}

/** One all-day event (end = the next day), reproducible: fixed DTSTAMP, given UID. */
export function allDayEvent(iso: string, info: DeadlineEventInfo, rule?: string): EventAttributes {
  const uid = info.uid;
  return {
    uid: `${uid}@${PRODUCT_ID}`,
    title: info.title,
    description: info.description,
    ...(info.url ? { url: info.url } : {}),
    start: toArray(iso),
    end: nextDay(iso),
    transp: 'TRANSPARENT',
    ...(rule ? { recurrenceRule: rule } : {}),
    ...({ timestamp: FIXED_TIMESTAMP } as object),
  } as EventAttributes;
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
export function deadlineEvents(deadline: Deadline, info: DeadlineEventInfo): EventAttributes[] {
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
  const events: EventAttributes[] = deadline.exceptions.map((exception) =>
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

const FOOTER = 'END:VCALENDAR\r\n';

function create(events: EventAttributes[], name: string): string {
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, calName: name });
  if (error || value === null) throw error ?? new Error('ics: no output');
  return value;
}

/**
 * The VEVENT blocks of events, formatted and validated by the library (throws if it
 * rejects one). Formatted once per plan, they serve the plan's own calendar and the
 * site-wide one: validating every event twice cost most of a large build's time.
 */
export function formatEvents(events: EventAttributes[]): string {
  if (events.length === 0) return '';
  const whole = create(events, 'x');
  const header = create([], 'x').slice(0, -FOOTER.length);
  return whole.slice(header.length, -FOOTER.length);
}

/** An iCalendar file (RFC 5545) from VEVENT blocks made by formatEvents. */
export function calendarOf(formattedEvents: string, name: string): string {
  return `${create([], name).slice(0, -FOOTER.length)}${formattedEvents}${FOOTER}`;
}

/** An iCalendar file (RFC 5545) from events; throws if the library rejects one. */
export function buildCalendar(events: EventAttributes[], name: string): string {
  return calendarOf(formatEvents(events), name);
}
