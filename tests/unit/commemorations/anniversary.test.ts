import { expect, test } from 'vitest';
import { anniversaryOf, calendarYears } from '../../../src/lib/commemorations/anniversary';

test('counts anniversaries and marks năm tròn (…0) and năm lẻ 5 (…5)', () => {
  expect(anniversaryOf(1930, 2020)).toEqual({ number: 90, kind: 'nam-tron' });
  expect(anniversaryOf(1975, 2020)).toEqual({ number: 45, kind: 'nam-le-5' });
  expect(anniversaryOf(1890, 2020)).toEqual({ number: 130, kind: 'nam-tron' });
  expect(anniversaryOf(1960, 2026)).toEqual({ number: 66, kind: null });
  expect(anniversaryOf(2026, 2026)).toBeNull();
});

test('the calendar covers 2020 to 2035', () => {
  expect(calendarYears()).toHaveLength(16);
  expect(calendarYears()[0]).toBe(2020);
});
