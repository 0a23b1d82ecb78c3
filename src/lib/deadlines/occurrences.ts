import type { Deadline } from '../../schemas/deadline';
import { t } from '../../i18n/t';
import { QUARTER_ROMAN, dayBefore, endOfMonth, endOfQuarter, endOfQuarterStart } from './dates';
import { formatVietnameseDate } from '../text/vietnamese-date';

/** One dated (or undated) instance of a deadline, as the timeline lists it. */
export interface Occurrence {
  deadlineId: string;
  /** Latest day the source allows (ISO), or null for work without a date. */
  dueBy: string | null;
  /** The time as the source states it. */
  label: string;
  /** This instance's period in words: "Quý IV/2021", "Tháng 02/2023". */
  period: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthPeriod = (year: number, month: number) => t('deadline.period.month', { month: pad(month), year });
const quarterPeriod = (year: number, quarter: number, part: 'whole' | 'start') =>
  t(part === 'start' ? 'deadline.period.quarterStart' : 'deadline.period.quarter', {
    quarter: QUARTER_ROMAN[quarter]!,
    year,
  });
const dayPeriod = (iso: string) => t('deadline.period.day', { date: formatVietnameseDate(iso) });

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
  });
  switch (deadline.kind) {
    case 'day':
      return [one(deadline.before ? dayBefore(deadline.date) : deadline.date, dayPeriod(deadline.date))];
    case 'month':
      return [one(endOfMonth(deadline.year, deadline.month), monthPeriod(deadline.year, deadline.month))];
    case 'quarter': {
      const due =
        deadline.part === 'start'
          ? endOfQuarterStart(deadline.year, deadline.quarter)
          : endOfQuarter(deadline.year, deadline.quarter);
      return [one(due, quarterPeriod(deadline.year, deadline.quarter, deadline.part))];
    }
    case 'yearly': {
      const out: Occurrence[] = [];
      for (const exception of deadline.exceptions.filter((e) => e.year < deadline.from)) {
        out.push({ ...one(exception.before ? dayBefore(exception.date) : exception.date, dayPeriod(exception.date)), label: exception.label });
      }
      for (let year = deadline.from; year <= deadline.until; year += 1) {
        const exception = deadline.exceptions.find((e) => e.year === year);
        if (exception) {
          out.push({ ...one(exception.before ? dayBefore(exception.date) : exception.date, dayPeriod(exception.date)), label: exception.label });
          continue;
        }
        const rule = deadline.every;
        if (rule.type === 'month') out.push(one(endOfMonth(year, rule.month), monthPeriod(year, rule.month)));
        else if (rule.type === 'quarter') {
          const due = rule.part === 'start' ? endOfQuarterStart(year, rule.quarter) : endOfQuarter(year, rule.quarter);
          out.push(one(due, quarterPeriod(year, rule.quarter, rule.part)));
        } else {
          const date = `${year}-${pad(rule.month)}-${pad(rule.day)}`;
          out.push(one(rule.before ? dayBefore(date) : date, dayPeriod(date)));
        }
      }
      return out;
    }
    case 'monthly':
      return [...monthsBetween(deadline.from, deadline.until)].map(([year, month]) =>
        one(endOfMonth(year, month), monthPeriod(year, month)),
      );
    case 'relative':
      return [one(null, t('deadline.relative', { days: pad(deadline.days), event: deadline.event }))];
    case 'occasion':
      return [one(deadline.date, deadline.date ? dayPeriod(deadline.date) : deadline.occasion)];
    case 'ongoing':
      return [one(null, t('deadline.ongoing'))];
  }
}
