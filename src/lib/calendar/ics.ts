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

/**
 * Characters RFC 5545 §3.3.11 does not allow in a TEXT value even escaped: the controls but
 * tab and line feed (a carriage return is turned into a line feed first, see icsText),
 * and surrogates not paired into a character, which UTF-8 cannot encode.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F]|\p{Cs}/gu;

/**
 * Text as an iCalendar TEXT value may hold it, before escaping: a line break written CRLF
 * or CR becomes LF, which ical.js escapes as `\n` (it escapes only LF, so a CR would be
 * written bare and end the line for some readers), and the characters of NOT_TEXT are
 * removed. Nothing else changes: a calendar reader gets the text back with LF line breaks.
 */
export const icsText = (text: string): string => text.replace(/\r\n?/gu, '\n').replace(NOT_TEXT, '');

/** The value of a TEXT property ical.js does not know (X-WR-CALNAME), escaped as TEXT. */
const unknownText = (text: string): string => ICAL.stringify.value(icsText(text), 'text', ICAL.design.icalendar, false);

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
      vevent.addPropertyWithValue('summary', icsText(event.title));
      vevent.addPropertyWithValue('dtstamp', STAMP);
      vevent.addPropertyWithValue('dtstart', start);
      vevent.addPropertyWithValue('dtend', end);
      vevent.addPropertyWithValue('description', icsText(event.description));
      if (event.url) vevent.addPropertyWithValue('url', event.url);
      vevent.addPropertyWithValue('transp', 'TRANSPARENT');
      if (event.recurrence) vevent.addPropertyWithValue('rrule', ICAL.Recur.fromString(event.recurrence));
      return `${componentText(vevent)}\r\n`;
    })
    .join('');
}

/**
 * An iCalendar file named `name` around VEVENT blocks made by formatEvents. RFC 5545 §3.6
 * wants at least one component in a calendar: a calendar with no event is not written (and
 * not linked), so none is asked for here.
 */
export function calendarOf(formattedEvents: string, name: string): string {
  if (!formattedEvents.startsWith('BEGIN:VEVENT')) throw new Error(`The calendar "${name}" has no event.`);
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('prodid', PRODUCT_ID);
  calendar.addPropertyWithValue('method', 'PUBLISH');
  // ical.js writes a property it does not know as given: the name is escaped here, as TEXT.
  calendar.addPropertyWithValue('x-wr-calname', unknownText(name));
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
