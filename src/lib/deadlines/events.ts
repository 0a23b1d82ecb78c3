import type { Deadline } from '../../schemas/deadline';
import type { CalendarEvent } from '../calendar/ics';
import { t } from '../../i18n/t';
import { plainText } from '../text/plain-text';
import { parseIso } from './dates';
import type { Occurrence } from './occurrences';

/**
 * Deadlines as calendar events, made from the same occurrences the timeline lists: a fixed
 * time is one event, a yearly or monthly rule's regular instances are one event with an
 * RRULE when a rule can say them, exceptions are events of their own.
 */

/** One occurrence of a deadline of a plan: the part of a timeline item the calendar reads. */
export interface DeadlineInstance {
  planId: string;
  planNumber: string;
  deadline: Deadline;
  occurrence: Occurrence;
  /** Site path (without base) of the paragraph that sets the deadline. */
  path: string;
}

type Dated = Occurrence & { dueBy: string };

const compact = (iso: string) => iso.replaceAll('-', '');

/**
 * The RRULE (without UNTIL) that gives exactly the dates of a rule's regular instances, or
 * null when none does and they are listed one by one.
 */
export function recurrenceRule(deadline: Deadline, regular: readonly Dated[]): string | null {
  if (regular.length === 0) return null;
  if (deadline.kind === 'monthly') return 'FREQ=MONTHLY;BYMONTHDAY=-1';
  if (deadline.kind !== 'yearly') return null;
  const years = regular.map((occurrence) => occurrence.year);
  if (!years.every((year, index) => year !== null && (index === 0 || year === years[index - 1]! + 1))) return null;
  const dates = regular.map((occurrence) => parseIso(occurrence.dueBy));
  const { month, day } = dates[0]!;
  if (!dates.every((date) => date.month === month)) return null;
  // A month or quarter falls on its month's last day, whatever the length of February.
  if (deadline.every.type !== 'day') return `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=-1`;
  // A day that "trước ngày 01/…" moved to the end of the previous month is listed year by year.
  if (month !== deadline.every.month || !dates.every((date) => date.day === day)) return null;
  return `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${day}`;
}

/** The events of one deadline, from its instances (in the order the timeline makes them). */
function deadlineEvents(
  instances: readonly DeadlineInstance[],
  site: URL | undefined,
  withBase: (path: string) => string,
): CalendarEvent[] {
  const { planId, planNumber, deadline, path } = instances[0]!;
  const sourcePath = withBase(path);
  const url = site ? new URL(sourcePath, site).href : null;
  const uid = `${planId}-${deadline.id}`;
  const title = `${deadline.task} (${planNumber})`;
  const description = [
    `${t('deadline.plan')}: ${planNumber}`,
    `${t('deadline.who')}: ${deadline.who.join('; ')}`,
    ...(deadline.reportTo ? [`${t('deadline.reportTo')}: ${deadline.reportTo}`] : []),
    `“${plainText(deadline.quote)}”`,
    `${t('deadline.source')}: ${url ?? sourcePath}`,
  ].join('\n');
  const event = (
    date: string,
    eventUid = uid,
    eventTitle = title,
    recurrence: string | null = null,
  ): CalendarEvent => ({
    uid: eventUid,
    title: eventTitle,
    description,
    url,
    date,
    recurrence,
  });
  const yearUid = (occurrence: Dated) => (occurrence.year === null ? uid : `${uid}--${occurrence.year}`);

  const dated = instances.map((instance) => instance.occurrence).filter((o): o is Dated => o.dueBy !== null);
  const regular = dated.filter((occurrence) => occurrence.role === 'regular');
  const events: CalendarEvent[] = [];
  const rule = recurrenceRule(deadline, regular);
  if (rule) events.push(event(regular[0]!.dueBy, uid, title, `${rule};UNTIL=${compact(regular.at(-1)!.dueBy)}`));
  else events.push(...regular.map((occurrence) => event(occurrence.dueBy, yearUid(occurrence))));
  for (const occurrence of dated) {
    if (occurrence.role === 'once') events.push(event(occurrence.dueBy));
    if (occurrence.role === 'exception')
      events.push(event(occurrence.dueBy, yearUid(occurrence), `${title} (${occurrence.label})`));
  }
  return events;
}

/**
 * The calendar events of timeline items, deadline by deadline in the order of the items.
 * `site` (the site's address, when known) makes the links absolute; `withBase` adds the
 * site's base to a path.
 */
export function timelineEvents(
  items: readonly DeadlineInstance[],
  site: URL | undefined,
  withBase: (path: string) => string,
): CalendarEvent[] {
  const byDeadline = new Map<string, DeadlineInstance[]>();
  for (const item of items) {
    const key = `${item.planId}\u0000${item.deadline.id}`;
    const list = byDeadline.get(key);
    if (list) list.push(item);
    else byDeadline.set(key, [item]);
  }
  return [...byDeadline.values()].flatMap((instances) => deadlineEvents(instances, site, withBase));
}
