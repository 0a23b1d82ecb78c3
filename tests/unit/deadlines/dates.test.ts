import { describe, expect, test } from 'vitest';
import { dayBefore, endOfMonth, endOfQuarter, endOfQuarterStart } from '../../../src/lib/deadlines/dates';

describe('deadline date arithmetic', () => {
  test('"trước ngày" allows the day before, across month, year and leap-day boundaries', () => {
    expect(dayBefore('2020-02-20')).toBe('2020-02-19');
    expect(dayBefore('2020-03-01')).toBe('2020-02-29');
    expect(dayBefore('2021-03-01')).toBe('2021-02-28');
    expect(dayBefore('2022-01-01')).toBe('2021-12-31');
  });

  test('month ends, including February in leap and common years', () => {
    expect(endOfMonth(2021, 11)).toBe('2021-11-30');
    expect(endOfMonth(2024, 2)).toBe('2024-02-29');
    expect(endOfMonth(2023, 2)).toBe('2023-02-28');
    expect(endOfMonth(2025, 12)).toBe('2025-12-31');
  });

  test('quarters end on their last day; "đầu quý" at the end of their first month', () => {
    expect(endOfQuarter(2021, 4)).toBe('2021-12-31');
    expect(endOfQuarter(2023, 1)).toBe('2023-03-31');
    expect(endOfQuarter(2022, 2)).toBe('2022-06-30');
    expect(endOfQuarterStart(2022, 4)).toBe('2022-10-31');
    expect(endOfQuarterStart(2024, 1)).toBe('2024-01-31');
  });
});
