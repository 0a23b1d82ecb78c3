import ICAL from 'ical.js';

/**
 * iCalendar files (RFC 5545) of all-day events, written with ical.js (escaping, line
 * folding). Nothing here knows what an event is about: the deadline and anniversary
 * calendars map their own items to these events.
 */

/**
 * RFC 5545 §3.1: a line is at most 75 octets, CRLF excluded. ical.js counts UTF-8 octets
 * and never splits a character, but it puts up to `foldLength` octets after the leading
 * space of a continuation line (76 with its default of 75), so it folds one octet earlier
 * here: first lines hold at most 74 octets, continuation lines 1 + 74.
 */
const FOLD_LENGTH = 74;

/**
 * `component` as text, folded as above. foldLength is a setting of the whole ical.js
 * module, so it is set for this call only and restored, whatever else uses ical.js.
 */
function componentText(component: ICAL.Component): string {
  const previous = ICAL.foldLength;
  ICAL.foldLength = FOLD_LENGTH;
  try {
    return component.toString();
  } finally {
    ICAL.foldLength = previous;
  }
}

/** An all-day event, or the first of a recurrence. */
export interface CalendarEvent {
  /** Unique within the site and stable across builds; written as `<uid>@<PRODUCT_ID>`. */
  uid: string;
  title: string;
  description: string;
  /** Absolute URL of the page the event is about; only when the site's address is known. */
  url: string | null;
  /** The day (ISO, YYYY-MM-DD); the event ends at the start of the next day. */
  date: string;
  /** RRULE value, e.g. "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1;UNTIL=20251231", or null. */
  recurrence: string | null;
}

const PRODUCT_ID = 'so-tay-hoc-tap-va-lam-theo-bac';
// DTSTAMP must be fixed so that the same content gives byte-identical files.
const STAMP = ICAL.Time.fromJSDate(new Date(Date.UTC(2020, 0, 1)), true);

function day(iso: string): ICAL.Time {
  const [year, month, date] = iso.split('-').map(Number) as [number, number, number];
  return ICAL.Time.fromData({ year, month, day: date, isDate: true });
}

/**
 * The VEVENT blocks of events. They can be written once and joined into several files
 * (a plan's events serve its own calendar and the site-wide one).
 */
export function formatEvents(events: readonly CalendarEvent[]): string {
  return events
    .map((event) => {
      const start = day(event.date);
      const end = start.clone();
      end.adjust(1, 0, 0, 0);
      const vevent = new ICAL.Component('vevent');
      vevent.addPropertyWithValue('uid', `${event.uid}@${PRODUCT_ID}`);
      vevent.addPropertyWithValue('summary', event.title);
      vevent.addPropertyWithValue('dtstamp', STAMP);
      vevent.addPropertyWithValue('dtstart', start);
      vevent.addPropertyWithValue('dtend', end);
      vevent.addPropertyWithValue('description', event.description);
      if (event.url) vevent.addPropertyWithValue('url', event.url);
      vevent.addPropertyWithValue('transp', 'TRANSPARENT');
      if (event.recurrence) vevent.addPropertyWithValue('rrule', ICAL.Recur.fromString(event.recurrence));
      return `${componentText(vevent)}\r\n`;
    })
    .join('');
}

/** An iCalendar file named `name` around VEVENT blocks made by formatEvents. */
export function calendarOf(formattedEvents: string, name: string): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('prodid', PRODUCT_ID);
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', name);
  calendar.addPropertyWithValue('x-published-ttl', 'PT1H');
  const empty = componentText(calendar);
  const end = empty.lastIndexOf('END:VCALENDAR');
  return `${empty.slice(0, end)}${formattedEvents}END:VCALENDAR\r\n`;
}

/** An iCalendar file of events. */
export function buildCalendar(events: readonly CalendarEvent[], name: string): string {
  return calendarOf(formatEvents(events), name);
}

/** The HTTP response of a calendar file. */
export function calendarResponse(ics: string): Response {
  return new Response(ics, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
