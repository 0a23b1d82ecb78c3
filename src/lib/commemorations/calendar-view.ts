/**
 * What the anniversary calendar page (src/pages/ngay-ky-niem/index.astro) and its script
 * (src/client/anniversary-calendar.ts) agree on: the data-* attributes the script finds
 * the year picker, the table's year columns and each year's list by, and which years the
 * table shows once a year is chosen. The page writes the attribute names literally (Astro
 * has no computed attribute names); tests/build/page-scripts.test.ts checks they are there.
 */
export const CALENDAR_DATA = {
  /** The year picker's form, hidden until the script shows it. */
  picker: 'data-year-picker',
  /** A column's cells in the table of the coming years, with their year. */
  year: 'data-year',
  /** One year's list of anniversaries, with its year. */
  section: 'data-year-section',
  /** Set by the script on table cells outside the years shown; the page's CSS hides them. */
  hiddenYear: 'data-hidden-year',
} as const;
export type CalendarData = keyof typeof CALENDAR_DATA;

export const calendarSelector = (name: CalendarData): string => `[${CALENDAR_DATA[name]}]`;

/** The URL parameter (and the select's name) that keeps the chosen year. */
export const YEAR_PARAM = 'nam';
/** The table shows the chosen year and this many after it. */
export const YEARS_AFTER = 5;

/** The year the calendar opens on: the one asked for if covered, else the first covered after it, else the last. */
export function openingYear(years: readonly number[], wanted: number): number | undefined {
  return years.includes(wanted) ? wanted : (years.find((year) => year >= wanted) ?? years.at(-1));
}

/** Whether the table shows a year's column once `chosen` is chosen. */
export function inTable(year: number, chosen: number): boolean {
  return year >= chosen && year <= chosen + YEARS_AFTER;
}
