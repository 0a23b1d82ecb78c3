/**
 * Anniversaries as Nghị định 145/2013/NĐ-CP (Điều 3) counts them: a "năm tròn" is an
 * anniversary whose number ends in 0, a "năm lẻ 5" one whose number ends in 5.
 */
export type AnniversaryKind = 'nam-tron' | 'nam-le-5' | null;

export interface Anniversary {
  /** How many years since the origin: 2020 for 03/02/1930 → 90. */
  number: number;
  kind: AnniversaryKind;
}

export function anniversaryOf(originYear: number, year: number): Anniversary | null {
  const number = year - originYear;
  if (number < 1) return null;
  return { number, kind: number % 10 === 0 ? 'nam-tron' : number % 5 === 0 ? 'nam-le-5' : null };
}

/** The years the calendar covers: from the first plan year to ten years past the last. */
export const CALENDAR_FIRST_YEAR = 2020;
export const CALENDAR_LAST_YEAR = 2035;

export function calendarYears(): number[] {
  return Array.from({ length: CALENDAR_LAST_YEAR - CALENDAR_FIRST_YEAR + 1 }, (_, i) => CALENDAR_FIRST_YEAR + i);
}
