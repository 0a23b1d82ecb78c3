/** Place-and-date lines of Vietnamese administrative documents, and calendar checks. */

export interface PlaceDate {
  place: string;
  /** ISO date, YYYY-MM-DD. */
  iso: string;
}

/** True when year/month/day name a real day of the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids any local DST shift.
  // setUTCFullYear, since Date.UTC reads the years 0–99 as 1900–1999 (0000 is a leap year, 1900 is not).
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// White space before the comma is not the place's: Word users type "Trà Vinh , ngày …".
const PLACE_DATE = /^(.+?)\s*,\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/u;

/**
 * Parses "Trà Vinh, ngày 20 tháng 10 năm 2021" into place and ISO date.
 * Throws when the line has another shape or names a day that does not exist.
 */
export function parsePlaceDateLine(line: string): PlaceDate {
  const normalised = line.replace(/\s+/gu, ' ').trim();
  const match = PLACE_DATE.exec(normalised);
  if (!match) {
    throw new Error(`"${line}" is not a place-and-date line like "Trà Vinh, ngày 20 tháng 10 năm 2021"`);
  }
  const [, place, d, m, y] = match as unknown as [string, string, string, string, string];
  const day = Number(d);
  const month = Number(m);
  const year = Number(y);
  if (!isRealDate(year, month, day)) {
    throw new Error(`"${line}": ngày ${d} tháng ${m} năm ${y} does not exist`);
  }
  return { place, iso: toIsoDate(year, month, day) };
}

/** Formats an ISO date the Vietnamese way, dd/mm/yyyy. */
export function formatVietnameseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
