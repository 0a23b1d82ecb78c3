import { compareVietnamese } from '../text/collate';
import { slugify } from '../text/slug';
import { parseIso } from './dates';

/**
 * What the timeline page (src/pages/moc-thoi-gian/[...trang].astro) and its script
 * (src/client/timeline/) agree on: how a page's deadlines are grouped (year, then month,
 * then the undated ones), what each filter offers, and the data-* attributes through which
 * the script finds, filters and marks what the page rendered. Pure, so both sides and the
 * unit tests run the same code; the script's bundle keeps only the parts it calls.
 */

/** What of a timeline item is read here; TimelineItem (src/data/deadlines.ts) has it. */
export interface TimelineEntry {
  planId: string;
  planNumber: string;
  province: string;
  occurrence: { dueBy: string | null };
  /** The bodies that do it (src/lib/deadlines/actors.ts): filter value, name, and the issuer's name for grouping. */
  actors: readonly { value: string; name: string; issuer: string }[];
}

/**
 * Every data-* attribute the script reads, or writes for the page's CSS (past, next).
 * The page writes the bare markers literally: Astro has no computed attribute names except
 * spreads, and a spread on an element without a class of its own moves the scoped class
 * among the attributes. tests/build/page-scripts.test.ts checks the built page carries
 * each one.
 */
export const TIMELINE_DATA = {
  /** The list of deadlines; carries previousLastDue and the two state labels. */
  timeline: 'data-timeline',
  previousLastDue: 'data-previous-last-due',
  labelPast: 'data-label-past',
  labelNext: 'data-label-next',
  /** Year and month sections, hidden when the filters leave them empty. */
  group: 'data-group',
  /** One deadline; carries its due date and one attribute per filter. */
  item: 'data-item',
  due: 'data-due',
  /** Inside an item (DeadlineItem.astro): where "Đã qua" or "Sắp tới gần nhất" goes. */
  state: 'data-state',
  /** Set by the script on items due before today, and on the next one. */
  past: 'data-past',
  next: 'data-next',
  filters: 'data-timeline-filters',
  /** The line that says today's date; its template has {date}. */
  today: 'data-today',
  /** A UI string with {placeholders} the script fills. */
  template: 'data-template',
  /** "Đến các hạn sắp tới", shown when the next deadline is on another page. */
  upcoming: 'data-upcoming',
  /** A link of the month index, with its month (YYYY-MM). */
  month: 'data-month',
  /** The first screen's answer: the static text shown without script, and the parts the script fills. */
  summaryStatic: 'data-summary-static',
  /** The list of the next deadlines, filled by the script; carries the "còn {days} ngày" templates. */
  nextList: 'data-next-list',
  daysLeft: 'data-template-days',
  dueToday: 'data-template-today',
  /** "Không còn hạn nào phía trước…": shown when every deadline is past. */
  noneAhead: 'data-none-ahead',
  /** Inside noneAhead: where the plans still in force go, and the text when there is none. */
  inForce: 'data-in-force',
  noneInForce: 'data-none-in-force',
  /** The due date of the last dated deadline of the whole timeline. */
  lastDue: 'data-timeline-last-due',
  /** A year's (or the undated work's) <details>, with its year. */
  year: 'data-year',
  /** The element holding an item's task, and the item's plan number and link. */
  task: 'data-task',
  plan: 'data-item-plan',
  /** The <details> around the filters, hidden until the script can run them. */
  filterToggle: 'data-filter-toggle',
  /** "{shown} / {total} mốc". */
  count: 'data-timeline-count',
  empty: 'data-timeline-empty',
} as const;
export type TimelineData = keyof typeof TIMELINE_DATA;

/** CSS selector of the elements that carry one of the attributes. */
export const timelineSelector = (name: TimelineData): string => `[${TIMELINE_DATA[name]}]`;

/** The filters in the form's order; each is a <select name>, a URL parameter and a data-* attribute of every item. */
export const TIMELINE_FILTERS = ['nam', 'ke-hoach', 'tinh', 'ai-lam'] as const;
export type TimelineFilter = (typeof TIMELINE_FILTERS)[number];
/** The option of a filter that lets every item through. */
export const ANY = '*';
export const filterAttribute = (name: TimelineFilter): `data-${TimelineFilter}` => `data-${name}`;

/** An item's values for each filter: several for 'ai-lam' (one per body that does it), none for 'nam' when undated. */
export function filterValues(item: TimelineEntry): Record<TimelineFilter, string[]> {
  const due = item.occurrence.dueBy;
  return {
    nam: due ? [due.slice(0, 4)] : [],
    'ke-hoach': [item.planId],
    tinh: [slugify(item.province)],
    'ai-lam': item.actors.map((actor) => actor.value),
  };
}

/** The attributes an item's <li> carries besides the item marker: due date, then the filters, values space-separated. */
export function itemAttributes(item: TimelineEntry): Record<string, string> {
  const values = filterValues(item);
  return {
    [TIMELINE_DATA.due]: item.occurrence.dueBy ?? '',
    ...Object.fromEntries(TIMELINE_FILTERS.map((name) => [filterAttribute(name), values[name].join(' ')])),
  };
}

/** The attributes of the list itself; previousLastDue is '' on the first page. */
export function timelineAttributes(list: {
  previousLastDue: string;
  labelPast: string;
  labelNext: string;
}): Record<string, string> {
  return {
    [TIMELINE_DATA.timeline]: '',
    [TIMELINE_DATA.previousLastDue]: list.previousLastDue,
    [TIMELINE_DATA.labelPast]: list.labelPast,
    [TIMELINE_DATA.labelNext]: list.labelNext,
  };
}

export interface FilterOption {
  value: string;
  label: string;
  /** Options of one group (an issuer's actors) are shown under its label. */
  group?: string;
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * What each filter offers on a page: the years that have dated items, the plans and
 * provinces in the order they first appear, and who does them in Vietnamese order. Values
 * are those of filterValues, so every option matches at least one item.
 */
export function filterOptions(items: readonly TimelineEntry[]): Record<TimelineFilter, FilterOption[]> {
  const dues = items.flatMap((item) => (item.occurrence.dueBy === null ? [] : [item.occurrence.dueBy]));
  return {
    nam: unique(dues.map((due) => due.slice(0, 4))).map((year) => ({ value: year, label: year })),
    'ke-hoach': [...new Map(items.map((item) => [item.planId, item.planNumber]))].map(([id, number]) => ({
      value: id,
      label: number,
    })),
    tinh: unique(items.map((item) => item.province)).map((province) => ({ value: slugify(province), label: province })),
    'ai-lam': [...new Map(items.flatMap((item) => item.actors.map((actor) => [actor.value, actor] as const))).values()]
      .sort((a, b) => compareVietnamese(a.issuer, b.issuer) || compareVietnamese(a.name, b.name))
      .map((actor) => ({ value: actor.value, label: actor.name, group: actor.issuer })),
  };
}

/** The filters chosen, read from a form or the URL (`get` as FormData's or URLSearchParams'): those set to ANY are left out. */
export function chosenFilters(get: (name: string) => unknown): Partial<Record<TimelineFilter, string>> {
  const chosen: Partial<Record<TimelineFilter, string>> = {};
  for (const name of TIMELINE_FILTERS) {
    const value = get(name);
    if (value !== null && value !== undefined && String(value) !== ANY) chosen[name] = String(value);
  }
  return chosen;
}

/** Whether an item shows: each chosen value is among its values for that filter (`attribute` reads the item's data-*). */
export function itemShown(
  attribute: (name: string) => string | null,
  chosen: Partial<Record<TimelineFilter, string>>,
): boolean {
  return TIMELINE_FILTERS.every((name) => {
    const wanted = chosen[name];
    return wanted === undefined || (attribute(filterAttribute(name)) ?? '').split(' ').includes(wanted);
  });
}

/** The URL query that keeps the chosen filters, in the form's order ('' when none is chosen). */
export function filterSearch(chosen: Partial<Record<TimelineFilter, string>>): string {
  const query = new URLSearchParams();
  for (const name of TIMELINE_FILTERS) if (chosen[name] !== undefined) query.set(name, chosen[name]);
  return query.toString();
}

export type DueState = 'past' | 'next';

/**
 * Marks a page's dated items, in date order: those due before today are past; the first
 * one due today or later is next, unless the pages before it hold a deadline from today on
 * (`previousLastDue`, the last due date before this page, '' on the first) — then the next
 * deadline overall is not on this page.
 */
export function dueStates(dues: readonly string[], today: string, previousLastDue: string): (DueState | null)[] {
  let nextFound = previousLastDue >= today;
  return dues.map((due) => {
    if (due < today) return 'past';
    if (nextFound) return null;
    nextFound = true;
    return 'next';
  });
}

/** Indices of the first `limit` due dates (in date order) from today on: the deadlines due next. */
export function nextIndices(dues: readonly string[], today: string, limit = 5): number[] {
  return dues.flatMap((due, index) => (due >= today ? [index] : [])).slice(0, limit);
}

/** Whole days from `today` to `due` (both YYYY-MM-DD; 0 on the day itself), whatever the time zone. */
export function daysLeft(today: string, due: string): number {
  const day = (iso: string) => {
    const { year, month, day: date } = parseIso(iso);
    return Date.UTC(year, month - 1, date) / 86_400_000;
  };
  return day(due) - day(today);
}

/** Whether a year's section is open on `today`: the current and later years are, past ones are folded ('' is the undated work, folded). */
export function yearOpen(year: string, today: string): boolean {
  return year !== '' && year >= today.slice(0, 4);
}

/** Index of the first month (YYYY-MM) that is today's or later, -1 if all are past. */
export function firstMonthFrom(months: readonly string[], today: string): number {
  const month = today.slice(0, 7);
  return months.findIndex((candidate) => candidate >= month);
}

export interface MonthGroup<T> {
  /** "2025" */
  year: string;
  /** "02" */
  month: string;
  /** "2025-02" */
  yearMonth: string;
  items: T[];
}
export interface YearGroup<T> {
  year: string;
  months: MonthGroup<T>[];
}

/** A page's dated items by year, then month, in the order they come (the timeline is date-ordered); then the undated ones. */
export function groupByDate<T extends TimelineEntry>(items: readonly T[]): { years: YearGroup<T>[]; undated: T[] } {
  const years = new Map<string, Map<string, T[]>>();
  const undated: T[] = [];
  for (const item of items) {
    if (item.occurrence.dueBy === null) {
      undated.push(item);
      continue;
    }
    const [year, month] = item.occurrence.dueBy.split('-') as [string, string];
    const months = years.get(year) ?? new Map<string, T[]>();
    months.set(month, [...(months.get(month) ?? []), item]);
    years.set(year, months);
  }
  return {
    years: [...years].map(([year, months]) => ({
      year,
      months: [...months].map(([month, monthItems]) => ({
        year,
        month,
        yearMonth: `${year}-${month}`,
        items: monthItems,
      })),
    })),
    undated,
  };
}

/** The id of an item's <li>, which the list of next deadlines links to: plan, deadline and due date make it unique. */
export const itemAnchor = (item: {
  planId: string;
  occurrence: { deadlineId: string; dueBy: string | null };
}): string =>
  `moc-${item.planId}-${item.occurrence.deadlineId}${item.occurrence.dueBy ? `-${item.occurrence.dueBy}` : ''}`;

/** Heading ids, which the month index links to. */
export const yearHeadingId = (year: string): string => `nam-${year}`;
/** Id of a month's heading, from its YYYY-MM. */
export const monthHeadingId = (yearMonth: string): string => `thang-${yearMonth}`;
export const UNDATED_HEADING_ID = 'khong-co-ngay';

/** The month index (months YYYY-MM in date order) grouped by year, for one line per year. */
export function monthsByYear<M extends { month: string }>(months: readonly M[]): { year: string; months: M[] }[] {
  return unique(months.map((entry) => entry.month.slice(0, 4))).map((year) => ({
    year,
    months: months.filter((entry) => entry.month.startsWith(year)),
  }));
}

/** For each page of a date-ordered timeline, the due date of the last dated item on the pages before it ('' for the first). */
export function previousLastDues(pages: readonly (readonly TimelineEntry[])[]): string[] {
  let dueSoFar = '';
  return pages.map((items) => {
    const before = dueSoFar;
    dueSoFar = items.findLast((item) => item.occurrence.dueBy !== null)?.occurrence.dueBy ?? dueSoFar;
    return before;
  });
}
