import { describe, expect, test } from 'vitest';
import { YEARS_AFTER, inTable, openingYear } from '../../../src/lib/commemorations/calendar-view';

describe('the anniversary calendar', () => {
  const years = [2020, 2021, 2022, 2030, 2035];

  test('opens on the year asked for, or the first covered after it, or the last', () => {
    expect(openingYear(years, 2021)).toBe(2021);
    expect(openingYear(years, 2025)).toBe(2030);
    expect(openingYear(years, 2010)).toBe(2020);
    expect(openingYear(years, 2040)).toBe(2035);
    expect(openingYear(years, Number('abc'))).toBe(2035);
  });

  test('shows in its table the chosen year and the five after it', () => {
    expect(YEARS_AFTER).toBe(5);
    expect([2024, 2025, 2030, 2031].map((year) => inTable(year, 2025))).toEqual([false, true, true, false]);
  });
});
