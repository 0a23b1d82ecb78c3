import type { CollectionEntry } from 'astro:content';
import { anniversaryOf, calendarYears, type Anniversary } from '../lib/commemorations/anniversary';
import { planById, quotePath } from '../lib/plans/lookup';
import { toIsoDate } from '../lib/text/vietnamese-date';
import type { PlanEntry } from './plans';

export type CommemorationEntry = CollectionEntry<'commemorations'>;

export interface ResolvedMention {
  planId: string;
  planNumber: string;
  quote: string;
  path: string;
}

export interface CommemorationItem {
  id: string;
  entry: CommemorationEntry;
  mentions: ResolvedMention[];
}

/** One commemoration in one year. */
export interface AnniversaryItem {
  id: string;
  name: string;
  /** The day in that year, ISO. */
  date: string;
  anniversary: Anniversary;
  scope: string;
}

/**
 * The commemorations, in calendar order, each mention tied to the paragraph that makes it
 * (the integrity check has found each quote in its plan).
 */
export function commemorationItems(
  entries: readonly CommemorationEntry[],
  plans: readonly PlanEntry[],
): CommemorationItem[] {
  return [...entries]
    .sort((a, b) => a.data.origin.month - b.data.origin.month || a.data.origin.day - b.data.origin.day)
    .map((entry) => ({
      id: entry.id,
      entry,
      mentions: entry.data.mentions.map((mention) => {
        const plan = planById(plans, mention.plan)!;
        return {
          planId: plan.id,
          planNumber: plan.data.number.raw,
          quote: mention.quote,
          path: quotePath(plan, mention.quote),
        };
      }),
    }));
}

/** Every commemoration's anniversary in every calendar year, by date. */
export function anniversariesByYear(items: readonly CommemorationItem[]): Map<number, AnniversaryItem[]> {
  const years = new Map<number, AnniversaryItem[]>();
  for (const year of calendarYears()) {
    const list: AnniversaryItem[] = [];
    for (const { id, entry } of items) {
      const { day, month, year: origin } = entry.data.origin;
      const anniversary = anniversaryOf(origin, year);
      if (!anniversary) continue;
      list.push({
        id,
        name: entry.data.name,
        date: toIsoDate(year, month, day),
        anniversary,
        scope: entry.data.province ?? '',
      });
    }
    years.set(
      year,
      list.sort((a, b) => a.date.localeCompare(b.date)),
    );
  }
  return years;
}
