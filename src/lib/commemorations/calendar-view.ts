import { anniversaryOf, type Anniversary } from './anniversary';
import { toIsoDate } from '../text/vietnamese-date';

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
  /** The table's heading, which names the years shown; its template has {from} and {to}. */
  heading: 'data-table-heading',
  template: 'data-template',
  /** Set by the script on table cells outside the years shown; the page's CSS hides them. */
  hiddenYear: 'data-hidden-year',
} as const;
export type CalendarData = keyof typeof CALENDAR_DATA;

export const calendarSelector = (name: CalendarData): string => `[${CALENDAR_DATA[name]}]`;

/** The URL parameter (and the select's name) that keeps the chosen year. */
export const YEAR_PARAM = 'nam';
/** The table shows the chosen year and this many after it: five years in all. */
export const YEARS_AFTER = 4;

/** The year the calendar opens on: the one asked for if covered, else the first covered after it, else the last. */
export function openingYear(years: readonly number[], wanted: number): number | undefined {
  return years.includes(wanted) ? wanted : (years.find((year) => year >= wanted) ?? years.at(-1));
}

/** The first and last years the table shows once `chosen` is chosen, within the calendar's `years`. */
export function tableYears(years: readonly number[], chosen: number): { from: number; to: number } {
  const shown = years.filter((year) => inTable(year, chosen));
  return { from: shown[0] ?? chosen, to: shown.at(-1) ?? chosen };
}

/** Whether the table shows a year's column once `chosen` is chosen. */
export function inTable(year: number, chosen: number): boolean {
  return year >= chosen && year <= chosen + YEARS_AFTER;
}

/** A commemoration's first day (YYYY-MM-DD), as the home page writes it for its script. */
export interface AnniversaryOrigin {
  origin: string;
}

export interface NextAnniversary {
  /** Index of the commemoration in the list given. */
  index: number;
  /** The day it falls on, YYYY-MM-DD: today or later. */
  date: string;
  anniversary: Anniversary;
}

/**
 * The anniversary that comes first from `today` (YYYY-MM-DD, today included), numbered as
 * the calendar numbers it (anniversaryOf); with `accept`, the first one it accepts (a round
 * one, say) within the next ten years. Earlier in the list wins a tie, so the calendar's
 * order decides. undefined when the list is empty or nothing is accepted.
 */
export function nextAnniversary(
  origins: readonly AnniversaryOrigin[],
  today: string,
  accept: (anniversary: Anniversary) => boolean = () => true,
): NextAnniversary | undefined {
  const thisYear = Number(today.slice(0, 4));
  let best: NextAnniversary | undefined;
  origins.forEach(({ origin }, index) => {
    const [originYear, month, day] = origin.split('-').map(Number) as [number, number, number];
    for (let year = thisYear; year <= thisYear + 10; year += 1) {
      const date = toIsoDate(year, month, day);
      const anniversary = anniversaryOf(originYear, year);
      if (date < today || !anniversary || !accept(anniversary)) continue;
      if (!best || date < best.date) best = { index, date, anniversary };
      break;
    }
  });
  return best;
}
