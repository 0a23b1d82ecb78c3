import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  daysInMonth,
  formatVietnameseDate,
  isRealDate,
  parsePlaceDateLine,
  toIsoDate,
} from '../../../src/lib/text/vietnamese-date';
import {
  anyString,
  domainString,
  HUGE_TIMEOUT,
  hugeRuns,
  hugeString,
  LOOK_ALIKES,
  mutated,
  valueOrRejection,
  VIETNAMESE_LETTERS,
  WHITESPACE,
  ZERO_WIDTH,
} from '../../helpers/arbitraries';

/**
 * Printed dates: the place-and-date line of a document ("Trà Vinh, ngày 20 tháng 10 năm
 * 2021"), read from frontmatter and by the importer from a received file, and the calendar
 * checks every date of the site goes through.
 */

/** The Gregorian rule, written out: the reference the calendar helpers are checked against. */
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const referenceDays = (year: number, month: number) =>
  [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;

/** A real day of a four-digit year, the years a printed line can hold. */
const realDay = fc
  .record({ year: fc.integer({ min: 0, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.record({
      year: fc.constant(year),
      month: fc.constant(month),
      day: fc.integer({ min: 1, max: referenceDays(year, month) }),
    }),
  );

const DATE_WORDS = [
  'ngày',
  'tháng',
  'năm',
  ', ',
  'Trà Vinh',
  'Quảng Nam',
  'Hà Nội',
  ' ',
  '...',
  '20',
  '2021',
  '31',
  '02',
];

/** Checks a reading of `line` against the declared type; a rejection must be the parser's plain Error. */
function expectWellFormed(line: string): void {
  const outcome = valueOrRejection(() => parsePlaceDateLine(line));
  if ('rejected' in outcome) {
    expect(outcome.rejected.message).toMatch(/place-and-date line|does not exist/u);
    return;
  }
  const { place, iso } = outcome.value;
  expect(Object.keys(outcome.value).sort()).toEqual(['iso', 'place']);
  expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  expect(d).toBeLessThanOrEqual(referenceDays(y, m));
  expect(m).toBeGreaterThanOrEqual(1);
  expect(m).toBeLessThanOrEqual(12);
  expect(d).toBeGreaterThanOrEqual(1);
  // The place is printed text, never white space around it.
  expect(place.length).toBeGreaterThan(0);
  expect(place).toBe(place.trim());
}

const placeWord = fc
  .array(fc.constantFrom(...VIETNAMESE_LETTERS), { minLength: 1, maxLength: 8 })
  .map((letters) => letters.join(''));
const place = fc.array(placeWord, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
/** Zero or more white-space characters of any kind, and at least one where `some` is set. */
const space = (some: boolean) =>
  fc.array(fc.constantFrom(...WHITESPACE), { minLength: some ? 1 : 0, maxLength: 3 }).map((chosen) => chosen.join(''));
const twoDigits = (n: number) => fc.constantFrom(String(n), String(n).padStart(2, '0'));

/** A space before the comma, as Word users type it ("Trà Vinh , ngày …"), on some lines. */
const beforeComma = (gap: string) => (gap.length === 1 ? gap : '');

/** A place-and-date line as documents print it, spaces of every kind between its words. */
const printedLine = fc.record({ place, date: realDay }).chain(({ place: where, date }) =>
  fc
    .tuple(twoDigits(date.day), twoDigits(date.month), fc.array(space(true), { minLength: 7, maxLength: 7 }))
    .map(([d, m, gaps]) => ({
      line: `${gaps[0]}${where}${beforeComma(gaps[1] ?? '')},${gaps[1]}ngày${gaps[2]}${d}${gaps[3]}tháng${gaps[4]}${m}${gaps[5]}năm${gaps[6]}${String(date.year).padStart(4, '0')}${gaps[0]}`,
      place: where,
      iso: toIsoDate(date.year, date.month, date.day),
    })),
);

describe('parsePlaceDateLine, by property', () => {
  test('any Unicode string is read or turned down with a plain Error (3,000 runs)', () => {
    fc.assert(fc.property(anyString, expectWellFormed), { numRuns: 3000 });
  });

  test('strings of the line’s words, digits, spaces and look-alikes (3,000 runs)', () => {
    fc.assert(fc.property(domainString(DATE_WORDS), expectWellFormed), { numRuns: 3000 });
  });

  test('printed lines with a piece inserted, removed or replaced (3,000 runs)', () => {
    const pieces = [...DATE_WORDS, ...WHITESPACE, ...ZERO_WIDTH, ...LOOK_ALIKES, '0', '9', ','];
    fc.assert(
      fc.property(
        mutated(
          printedLine.map(({ line }) => line),
          pieces,
        ),
        expectWellFormed,
      ),
      {
        numRuns: 3000,
      },
    );
  });

  test('parse(print(place, day)) gives the place and the day back (3,000 runs)', () => {
    fc.assert(
      fc.property(printedLine, ({ line, place: where, iso }) => {
        expect(parsePlaceDateLine(line)).toEqual({ place: where, iso });
      }),
      { numRuns: 3000 },
    );
  });

  test('100,000-character lines are read or turned down in linear time (20 runs)', { timeout: HUGE_TIMEOUT }, () => {
    const pieces = ['Trà Vinh', ', ', ',', 'ngày ', '1 ', 'tháng ', 'năm ', '2021', ' ', '\u00a0', 'a'];
    fc.assert(fc.property(hugeString(pieces), expectWellFormed), hugeRuns(20));
  });
});

describe('calendar helpers, by property', () => {
  test('daysInMonth and isRealDate follow the Gregorian rule for every four-digit year (5,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -1, max: 32 }),
        (year, month, day) => {
          expect(daysInMonth(year, month)).toBe(referenceDays(year, month));
          expect(isRealDate(year, month, day)).toBe(day >= 1 && day <= referenceDays(year, month));
        },
      ),
      { numRuns: 5000 },
    );
  });

  test('isRealDate turns down any number that is not a day, never throwing (3,000 runs)', () => {
    const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(NaN, Infinity, -Infinity, -0, 0.5, 1e21));
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, (year, month, day) => {
        const real = isRealDate(year, month, day);
        if (real) {
          expect([year, month, day].every(Number.isInteger)).toBe(true);
          expect(month >= 1 && month <= 12 && day >= 1).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('toIsoDate and formatVietnameseDate print a real day that reads back as itself (3,000 runs)', () => {
    fc.assert(
      fc.property(realDay, ({ year, month, day }) => {
        const iso = toIsoDate(year, month, day);
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
        expect(iso.split('-').map(Number)).toEqual([year, month, day]);
        const printed = formatVietnameseDate(iso);
        expect(printed).toMatch(/^\d{2}\/\d{2}\/\d{4}$/u);
        expect(printed.split('/').reverse().join('-')).toBe(iso);
      }),
      { numRuns: 3000 },
    );
  });
});
