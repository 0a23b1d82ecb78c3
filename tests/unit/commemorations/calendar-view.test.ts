import { describe, expect, test } from 'vitest';
import {
  YEARS_AFTER,
  inTable,
  nextAnniversary,
  openingYear,
  tableYears,
} from '../../../src/lib/commemorations/calendar-view';

describe('the anniversary calendar', () => {
  const years = [2020, 2021, 2022, 2030, 2035];

  test('opens on the year asked for, or the first covered after it, or the last', () => {
    expect(openingYear(years, 2021)).toBe(2021);
    expect(openingYear(years, 2025)).toBe(2030);
    expect(openingYear(years, 2010)).toBe(2020);
    expect(openingYear(years, 2040)).toBe(2035);
    expect(openingYear(years, Number('abc'))).toBe(2035);
  });

  test('shows in its table five years: the chosen year and the four after it', () => {
    expect(YEARS_AFTER).toBe(4);
    expect([2024, 2025, 2029, 2030].map((year) => inTable(year, 2025))).toEqual([false, true, true, false]);
  });

  test("the table's heading names the years it shows, cut at the calendar's last year", () => {
    const calendar = [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];
    expect(tableYears(calendar, 2026)).toEqual({ from: 2026, to: 2030 });
    expect(tableYears(calendar, 2028)).toEqual({ from: 2028, to: 2030 });
  });

  describe('the next anniversary from a day', () => {
    const origins = [{ origin: '1930-02-03' }, { origin: '1890-05-19' }, { origin: '1945-09-02' }];

    test('is the first day from today on, today included, numbered as the calendar numbers it', () => {
      expect(nextAnniversary(origins, '2026-11-29')).toEqual({
        index: 0,
        date: '2027-02-03',
        anniversary: { number: 97, kind: null },
      });
      expect(nextAnniversary(origins, '2027-05-19')).toMatchObject({ index: 1, date: '2027-05-19' });
      expect(nextAnniversary(origins, '2027-05-20')).toMatchObject({ index: 2, date: '2027-09-02' });
      expect(nextAnniversary([], '2027-05-20')).toBeUndefined();
    });

    test('with a condition, the first it accepts: the next round or năm lẻ 5 anniversary', () => {
      expect(nextAnniversary(origins, '2026-11-29', (anniversary) => anniversary.kind !== null)).toEqual({
        index: 0,
        date: '2030-02-03',
        anniversary: { number: 100, kind: 'nam-tron' },
      });
      expect(nextAnniversary(origins, '2030-02-04', (anniversary) => anniversary.kind !== null)).toMatchObject({
        index: 1,
        date: '2030-05-19',
        anniversary: { number: 140, kind: 'nam-tron' },
      });
    });
  });
});
