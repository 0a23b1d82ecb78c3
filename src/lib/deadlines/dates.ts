import { daysInMonth, toIsoDate } from '../text/vietnamese-date';

/** Date arithmetic on ISO calendar dates (YYYY-MM-DD), independent of any time zone. */

export function parseIso(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** The day before: "trước ngày 20/02/2020" allows 19/02/2020 at the latest. */
export function dayBefore(iso: string): string {
  const { year, month, day } = parseIso(iso);
  if (day > 1) return toIsoDate(year, month, day - 1);
  if (month > 1) return toIsoDate(year, month - 1, daysInMonth(year, month - 1));
  return toIsoDate(year - 1, 12, 31);
}

export function endOfMonth(year: number, month: number): string {
  return toIsoDate(year, month, daysInMonth(year, month));
}

/** Last day of a quarter (1–4): quý IV/2021 → 2021-12-31. */
export function endOfQuarter(year: number, quarter: number): string {
  return endOfMonth(year, quarter * 3);
}

/** "Đầu quý IV" read as the quarter's first month: đầu quý IV/2022 → 2022-10-31. */
export function endOfQuarterStart(year: number, quarter: number): string {
  return endOfMonth(year, quarter * 3 - 2);
}

export const QUARTER_ROMAN = ['', 'I', 'II', 'III', 'IV'] as const;
