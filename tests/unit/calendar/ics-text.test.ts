import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { buildCalendar, icsText, type CalendarEvent } from '../../../src/lib/calendar/ics';
import { timelineEvents } from '../../../src/lib/deadlines/events';
import { expandDeadline } from '../../../src/lib/deadlines/occurrences';
import { deadlineSchema } from '../../../src/schemas/deadline';
import { icsProblems, textValue, unfold, physicalLines } from '../../helpers/ics';

/**
 * Text in the calendars, whatever it holds: RFC 5545 §3.3.11 escapes backslash, comma,
 * semicolon and line break, and allows no bare CR. What a reader gets back is the text with
 * every CRLF or CR turned into LF (one line break, as the file can carry only LF escaped as
 * `\n`) and without the control characters TEXT cannot hold (C0 but tab and LF, and DEL).
 */

/** What a calendar reader must get back from `text`, spelled out from the RFC, not from icsText. */
const readBack = (text: string): string =>
  [...text.replace(/\r\n|\r/gu, '\n')]
    .filter((char) => {
      const code = char.codePointAt(0)!;
      return char === '\t' || char === '\n' || (code >= 0x20 && code !== 0x7f);
    })
    .join('');

// Characters that escaping, folding and line ends trip over, mixed with any code point (no
// lone surrogate: content is read from UTF-8 files, which cannot hold one).
const tricky = fc.constantFrom(
  '\r',
  '\n',
  '\r\n',
  '\n\r',
  ',',
  ';',
  '\\',
  '\\n',
  '\\,',
  ':',
  '"',
  ' ',
  '\t',
  'đ',
  'ệ',
  '𠀀',
  '\u0000',
  '\u000b',
  '\u007f',
);
const anyText = fc.string({
  unit: fc.oneof(tricky, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  maxLength: 160,
});

const RUNS = 1000;

const event = (title: string, description: string, index: number): CalendarEvent => ({
  uid: `su-kien-${index}`,
  title,
  description,
  url: null,
  date: '2025-12-31',
  recurrence: null,
});

describe('text in a calendar', () => {
  test('a task holding a carriage return is written as one escaped line break, never a bare CR', () => {
    const deadline = deadlineSchema.parse({
      id: 'bao-cao',
      task: 'Báo cáo sơ kết\r\nvà tổng kết\rgửi Ban Thường vụ',
      who: ['Chi bộ'],
      actors: ['chi-bo'],
      quote: 'báo cáo trước ngày 15/12/2025',
      kind: 'day',
      date: '2025-12-15',
      before: true,
      label: 'trước ngày 15/12/2025',
    });
    const items = expandDeadline(deadline).map((occurrence) => ({
      planId: 'p',
      planNumber: '43-KH/ĐUK',
      deadline,
      occurrence,
      path: '/ke-hoach/p/#p1',
    }));
    const ics = buildCalendar(
      timelineEvents(items, undefined, (path) => path),
      'Lịch\r\nthử',
    );
    expect(icsProblems(Buffer.from(ics))).toEqual([]);
    const lines = unfold(physicalLines(Buffer.from(ics))!);
    expect(lines).toContain('SUMMARY:Báo cáo sơ kết\\nvà tổng kết\\ngửi Ban Thường vụ (43-KH/ĐUK)');
    expect(lines).toContain('X-WR-CALNAME:Lịch\\nthử');
    const parsed = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(parsed.summary).toBe('Báo cáo sơ kết\nvà tổng kết\ngửi Ban Thường vụ (43-KH/ĐUK)');
  });

  test('icsText turns CRLF and CR into LF and drops what TEXT cannot hold, nothing else', () => {
    expect(icsText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(icsText('a\r\r\nb')).toBe('a\n\nb');
    expect(icsText('tab\there\u0000\u0008\u000b\u001f\u007f')).toBe('tab\there');
    expect(icsText('Đảng, ủy; \\ 𠀀 \u0085')).toBe('Đảng, ủy; \\ 𠀀 \u0085');
  });

  test(`property (${RUNS} runs): any summaries and descriptions give a strict calendar that reads back as written`, () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(anyText, anyText), { minLength: 1, maxLength: 4 }), (texts) => {
        runs += 1;
        const ics = buildCalendar(
          texts.map(([title, description], index) => event(title, description, index)),
          'Lịch',
        );
        expect(icsProblems(Buffer.from(ics))).toEqual([]);
        const events = new ICAL.Component(ICAL.parse(ics))
          .getAllSubcomponents('vevent')
          .map((vevent) => new ICAL.Event(vevent));
        expect(events.map((parsed) => [parsed.summary, parsed.description])).toEqual(
          texts.map(([title, description]) => [readBack(title), readBack(description)]),
        );
      }),
      { numRuns: RUNS },
    );
    expect(runs).toBe(RUNS);
  });

  test(`property (${RUNS} runs): any calendar name is escaped as TEXT and reads back as written`, () => {
    let runs = 0;
    fc.assert(
      fc.property(anyText, (name) => {
        runs += 1;
        const bytes = Buffer.from(buildCalendar([event('a', 'b', 0)], name));
        expect(icsProblems(bytes)).toEqual([]);
        const line = unfold(physicalLines(bytes)!).find((each) => each.startsWith('X-WR-CALNAME:'))!;
        expect(textValue(line.slice('X-WR-CALNAME:'.length))).toBe(readBack(name));
      }),
      { numRuns: RUNS },
    );
    expect(runs).toBe(RUNS);
  });
});

describe('the strict calendar check', () => {
  const good = buildCalendar([event('a', 'b', 0), event('c', 'd', 1)], 'Lịch');

  test('passes a calendar the site writes', () => {
    expect(icsProblems(Buffer.from(good))).toEqual([]);
  });

  test('finds a bare CR, an LF line end, a long line, a repeated UID, a missing DTSTAMP and no event', () => {
    const bareCr = good.replace('SUMMARY:a', 'SUMMARY:a\rb');
    expect(icsProblems(Buffer.from(bareCr))).toEqual(['line 10: bare CR']);
    expect(icsProblems(Buffer.from(good.replace(/\r\n/gu, '\n')))).toEqual(['the file does not end with CRLF']);
    expect(icsProblems(Buffer.from(good.replace('SUMMARY:a', `SUMMARY:${'a'.repeat(70)}`)))).toEqual([
      'line 10: 78 octets',
    ]);
    expect(icsProblems(Buffer.from(good.replace('su-kien-1', 'su-kien-0')))).toEqual([
      'VEVENT 2: UID su-kien-0@so-tay-hoc-tap-va-lam-theo-bac repeated',
    ]);
    expect(icsProblems(Buffer.from(good.replace(/DTSTAMP:[^\r]*\r\n/u, '')))).toEqual(['VEVENT 1: no DTSTAMP']);
    const empty = good.replace(/BEGIN:VEVENT[\s\S]*END:VEVENT\r\n/u, '');
    expect(icsProblems(Buffer.from(empty))).toEqual(['no VEVENT']);
  });

  test('finds a fold that splits a UTF-8 character', () => {
    const bytes = Buffer.from(good.replace('SUMMARY:a', 'SUMMARY:ệ'));
    const at = bytes.indexOf(Buffer.from('ệ'));
    const split = Buffer.concat([bytes.subarray(0, at + 1), Buffer.from('\r\n '), bytes.subarray(at + 1)]);
    expect(icsProblems(split)).toEqual(['line 10: not whole UTF-8 characters', 'line 11: not whole UTF-8 characters']);
  });
});
