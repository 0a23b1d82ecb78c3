import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { buildCalendar, calendarOf, formatEvents, type CalendarEvent } from '../../../src/lib/calendar/ics';

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'ke-hoach-bao-cao',
  title: 'Báo cáo, tổng hợp; gửi',
  description: 'Dòng một\nDòng hai',
  url: null,
  date: '2021-12-31',
  recurrence: null,
  ...overrides,
});

describe('iCalendar writer', () => {
  test("an all-day event ends the next day, across a year end, with the site's UID and a fixed DTSTAMP", () => {
    expect(formatEvents([event()])).toBe(
      [
        'BEGIN:VEVENT',
        'UID:ke-hoach-bao-cao@so-tay-hoc-tap-va-lam-theo-bac',
        'SUMMARY:Báo cáo\\, tổng hợp\\; gửi',
        'DTSTAMP:20200101T000000Z',
        'DTSTART;VALUE=DATE:20211231',
        'DTEND;VALUE=DATE:20220101',
        'DESCRIPTION:Dòng một\\nDòng hai',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        '',
      ].join('\r\n'),
    );
  });

  test('a leap day ends on 1 March; a URL and an RRULE are written when given', () => {
    const text = formatEvents([
      event({
        date: '2024-02-29',
        url: 'https://example.org/a/',
        recurrence: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1;UNTIL=20250228',
      }),
    ]);
    expect(text).toContain('DTEND;VALUE=DATE:20240301\r\n');
    expect(text).toContain('URL:https://example.org/a/\r\n');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1;UNTIL=20250228\r\n');
  });

  test('long lines are folded at 75 octets (RFC 5545), Vietnamese letters counted in bytes', () => {
    const text = formatEvents([event({ description: 'Đảng ủy Khối '.repeat(20) })]);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).toMatch(/\r\n [^\r]/u);
  });

  test('every line, continuation lines with their leading space included, holds at most 75 octets of whole UTF-8 characters', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    // 1-, 2-, 3- and 4-octet characters, at every offset against the fold.
    for (const unit of ['a', 'đ', 'ệ', 'Đảng ủy', '𠀀x']) {
      for (let repeat = 1; repeat <= 160; repeat += 1) {
        const description = unit.repeat(repeat);
        const ics = buildCalendar([event({ title: description, description })], 'Lịch');
        const bytes = Buffer.from(ics);
        const lines: Buffer[] = [];
        for (let start = 0; start < bytes.length;) {
          const end = bytes.indexOf('\r\n', start);
          lines.push(bytes.subarray(start, end));
          start = end + 2;
        }
        for (const line of lines) {
          expect(line.length, `${unit} × ${repeat}`).toBeLessThanOrEqual(75);
          expect(() => strict.decode(line), `${unit} × ${repeat}`).not.toThrow();
        }
        const parsed = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
        expect(parsed.summary).toBe(description);
        expect(parsed.description).toBe(description);
      }
    }
  });

  test('writing a calendar leaves the ical.js fold setting as it was', () => {
    const before = ICAL.foldLength;
    buildCalendar([event({ description: 'x'.repeat(300) })], 'A');
    expect(ICAL.foldLength).toBe(before);
  });

  test('a calendar parses back with ical.js to the same events and dates', () => {
    const ics = buildCalendar(
      [
        event(),
        event({
          uid: 'hang-nam',
          date: '2023-02-28',
          recurrence: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1;UNTIL=20250228',
        }),
      ],
      'Sổ tay — Mốc thời gian',
    );
    expect(
      ics.startsWith(
        'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nPRODID:so-tay-hoc-tap-va-lam-theo-bac\r\n',
      ),
    ).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Sổ tay — Mốc thời gian');
    const [once, yearly] = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(once!.summary).toBe('Báo cáo, tổng hợp; gửi');
    expect(once!.description).toBe('Dòng một\nDòng hai');
    const dates: string[] = [];
    const iterator = yearly!.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) dates.push(next.toString());
    expect(dates).toEqual(['2023-02-28', '2024-02-29', '2025-02-28']);
  });

  test('VEVENT blocks written once can be joined into several calendars', () => {
    const blocks = formatEvents([event()]);
    expect(calendarOf(blocks, 'A')).toBe(buildCalendar([event()], 'A'));
    // RFC 5545 §3.6: a calendar holds at least one component; the site writes none without an event.
    expect(() => calendarOf('', 'A')).toThrow('The calendar "A" has no event.');
  });
});
