import type { Deadline } from '../../schemas/deadline';
import { t } from '../../i18n/t';
import { QUARTER_ROMAN, dayBefore, endOfMonth, endOfQuarter, endOfQuarterStart } from './dates';
import { formatVietnameseDate } from '../text/vietnamese-date';

/**
 * The one place where due dates are computed: the timeline page, the JSON feed and the
 * calendars all read the occurrences made here.
 */

/** One dated (or undated) instance of a deadline, as the timeline lists it. */
export interface Occurrence {
  deadlineId: string;
  /** Latest day the source allows (ISO), or null for work without a date. */
  dueBy: string | null;
  /** The time as the source states it. */
  label: string;
  /** This instance's period in words: "Quý IV/2021", "Tháng 02/2023". */
  period: string;
  /**
   * 'once': the only instance of a fixed time (or of work without a date); 'regular': one
   * instance of a yearly or monthly rule; 'exception': a year the source sets apart from
   * its yearly rule. Calendars write a rule's regular instances as one recurrence.
   */
  role: 'once' | 'regular' | 'exception';
  /** The year of a yearly rule this instance stands for (regular or exception), else null. */
  year: number | null;
}

type YearlyRule = Extract<Deadline, { kind: 'yearly' }>['every'];
type QuarterPart = Extract<Deadline, { kind: 'quarter' }>['part'];

const pad = (n: number) => String(n).padStart(2, '0');

/** The latest day allowed by a day: "trước ngày 20/02/2020" (before) allows 19/02/2020. */
const dayDue = (date: string, before: boolean) => (before ? dayBefore(date) : date);
/** "tháng 11 năm 2021": the month's last day. */
const monthDue = (year: number, month: number) => endOfMonth(year, month);
/** "quý IV/2021": the quarter's last day; "đầu quý IV": the last day of its first month. */
const quarterDue = (year: number, quarter: number, part: QuarterPart) =>
  part === 'start' ? endOfQuarterStart(year, quarter) : endOfQuarter(year, quarter);

const monthPeriod = (year: number, month: number) => t('deadline.period.month', { month: pad(month), year });
const quarterPeriod = (year: number, quarter: number, part: QuarterPart) =>
  t(part === 'start' ? 'deadline.period.quarterStart' : 'deadline.period.quarter', {
    quarter: QUARTER_ROMAN[quarter]!,
    year,
  });
const dayPeriod = (iso: string) => t('deadline.period.day', { date: formatVietnameseDate(iso) });

/** A yearly rule's due day and period in one year. */
function yearlyInstance(rule: YearlyRule, year: number): { dueBy: string; period: string } {
  if (rule.type === 'month') return { dueBy: monthDue(year, rule.month), period: monthPeriod(year, rule.month) };
  if (rule.type === 'quarter') {
    return { dueBy: quarterDue(year, rule.quarter, rule.part), period: quarterPeriod(year, rule.quarter, rule.part) };
  }
  const date = `${year}-${pad(rule.month)}-${pad(rule.day)}`;
  return { dueBy: dayDue(date, rule.before), period: dayPeriod(date) };
}

function* monthsBetween(from: string, until: string): Generator<[number, number]> {
  let [year, month] = from.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = until.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    yield [year, month];
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/**
 * Expands a deadline into its instances: one for a fixed time, one a year (or a month)
 * for recurrences within their bounds, with exceptions replacing their year exactly.
 */
export function expandDeadline(deadline: Deadline): Occurrence[] {
  const one = (dueBy: string | null, period: string): Occurrence => ({
    deadlineId: deadline.id,
    dueBy,
    label: deadline.label,
    period,
    role: 'once',
    year: null,
  });
  switch (deadline.kind) {
    case 'day':
      return [one(dayDue(deadline.date, deadline.before), dayPeriod(deadline.date))];
    case 'month':
      return [one(monthDue(deadline.year, deadline.month), monthPeriod(deadline.year, deadline.month))];
    case 'quarter':
      return [
        one(
          quarterDue(deadline.year, deadline.quarter, deadline.part),
          quarterPeriod(deadline.year, deadline.quarter, deadline.part),
        ),
      ];
    case 'yearly': {
      const exception = (e: (typeof deadline.exceptions)[number]): Occurrence => ({
        ...one(dayDue(e.date, e.before), dayPeriod(e.date)),
        label: e.label,
        role: 'exception',
        year: e.year,
      });
      const out = deadline.exceptions.filter((e) => e.year < deadline.from).map(exception);
      for (let year = deadline.from; year <= deadline.until; year += 1) {
        const special = deadline.exceptions.find((e) => e.year === year);
        if (special) out.push(exception(special));
        else {
          const { dueBy, period } = yearlyInstance(deadline.every, year);
          out.push({ ...one(dueBy, period), role: 'regular', year });
        }
      }
      return out;
    }
    case 'monthly':
      return [...monthsBetween(deadline.from, deadline.until)].map(([year, month]) => ({
        ...one(monthDue(year, month), monthPeriod(year, month)),
        role: 'regular' as const,
      }));
    case 'relative':
      return [one(null, t('deadline.relative', { days: pad(deadline.days), event: deadline.event }))];
    case 'occasion':
      return [one(deadline.date, deadline.date ? dayPeriod(deadline.date) : deadline.occasion)];
    case 'ongoing':
      return [one(null, t('deadline.ongoing'))];
  }
}
