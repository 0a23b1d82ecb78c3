import { describe, expect, test } from 'vitest';
import {
  daysInMonth,
  formatVietnameseDate,
  isRealDate,
  parsePlaceDateLine,
} from '../../../src/lib/text/vietnamese-date';

describe('parsePlaceDateLine', () => {
  test('reads the place and the date of "Trà Vinh, ngày 20 tháng 10 năm 2021"', () => {
    expect(parsePlaceDateLine('Trà Vinh, ngày 20 tháng 10 năm 2021')).toEqual({
      place: 'Trà Vinh',
      iso: '2021-10-20',
    });
  });

  test('accepts unpadded months and non-breaking spaces as printed in the seeds', () => {
    expect(parsePlaceDateLine('Quảng Nam, ngày 06 tháng 3 năm 2020').iso).toBe('2020-03-06');
    expect(parsePlaceDateLine('Trà Vinh, ngày\u00a030\u00a0tháng 01 năm 2020').iso).toBe('2020-01-30');
  });

  test('rejects a day that does not exist (31/02/2020)', () => {
    expect(() => parsePlaceDateLine('Trà Vinh, ngày 31 tháng 02 năm 2020')).toThrow(/does not exist/u);
  });

  // Found by vietnamese-date.property.test.ts: the space before the comma was read as part of the place.
  test('reads the place without a space printed before the comma', () => {
    expect(parsePlaceDateLine('Trà Vinh , ngày 20 tháng 10 năm 2021')).toEqual({
      place: 'Trà Vinh',
      iso: '2021-10-20',
    });
    expect(parsePlaceDateLine('Trà Vinh\u00a0, ngày 20 tháng 10 năm 2021').place).toBe('Trà Vinh');
  });

  test('rejects a line without a date', () => {
    expect(() => parsePlaceDateLine('Trà Vinh, ngày ... tháng ... năm 20...')).toThrow(/place-and-date/u);
  });
});

describe('calendar helpers', () => {
  test('knows leap years', () => {
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2021, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
    expect(isRealDate(2021, 4, 31)).toBe(false);
    expect(isRealDate(2021, 13, 1)).toBe(false);
  });

  // Found by vietnamese-date.property.test.ts: Date.UTC read year 0 as 1900, which is not a leap year.
  test('knows the years 0–99 as themselves, not as 1900–1999', () => {
    expect(daysInMonth(0, 2)).toBe(29);
    expect(isRealDate(0, 2, 29)).toBe(true);
    expect(daysInMonth(4, 2)).toBe(29);
    expect(daysInMonth(99, 2)).toBe(28);
  });

  test('formats ISO dates the Vietnamese way', () => {
    expect(formatVietnameseDate('2020-03-06')).toBe('06/03/2020');
  });
});
