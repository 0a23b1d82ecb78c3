import { format } from '../../i18n/format';
import { PLAN_STATUS_DATA, planStatus, readPeriodFacts } from '../../lib/deadlines/plan-period';
import { daysLeft, firstMonthFrom, nextIndices, timelineSelector as selector } from '../../lib/deadlines/timeline-view';
import { formatVietnameseDate } from '../../lib/text/vietnamese-date';
import { readData } from './read';

/** The next deadlines (those from today on, in date order) at the top, with the days left. */
export function showNext(ahead: readonly { item: HTMLElement; due: string }[], today: string): void {
  const list = document.querySelector<HTMLElement>(selector('nextList'));
  if (!list) return;
  for (const index of nextIndices(
    ahead.map(({ due }) => due),
    today,
  )) {
    const { item, due } = ahead[index]!;
    const entry = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#${item.id}`;
    link.textContent = item.querySelector(selector('task'))?.textContent?.trim() ?? '';
    const days = daysLeft(today, due);
    const left = document.createElement('strong');
    left.textContent = days === 0 ? readData(list, 'dueToday') : format(readData(list, 'daysLeft'), { days });
    const plan = item.querySelector(selector('plan'))?.textContent?.trim();
    entry.append(left, ` · ${formatVietnameseDate(due)}: `, link, plan ? ` (${plan})` : '');
    list.append(entry);
  }
  if (list.childElementCount > 0) {
    list.hidden = false;
    document.querySelector<HTMLElement>(selector('summaryStatic'))?.setAttribute('hidden', '');
  }
}

/** When the next deadline is on a later page: a link to the first month from today on. */
export function linkUpcoming(today: string): void {
  const upcoming = document.querySelector<HTMLElement>(selector('upcoming'));
  if (!upcoming) return;
  const links = [...document.querySelectorAll<HTMLAnchorElement>(`a${selector('month')}`)];
  const target =
    links[
      firstMonthFrom(
        links.map((link) => readData(link, 'month')),
        today,
      )
    ];
  if (target) {
    upcoming.querySelector('a')!.href = target.href;
    upcoming.hidden = false;
  }
}

/**
 * When the timeline's last deadline is past: one sentence saying so, the plans of the page
 * still in force (or that none is), and the most recent plan. Returns whether it is shown.
 */
export function noneAhead(today: string): boolean {
  const box = document.querySelector<HTMLElement>(selector('noneAhead'));
  const lastDue = box && readData(box, 'lastDue');
  if (!box || !lastDue || lastDue >= today) return false;
  const inForce = box.querySelector<HTMLElement>(selector('inForce'));
  let any = false;
  for (const entry of inForce?.querySelectorAll('li') ?? []) {
    const status = entry.querySelector(`[${PLAN_STATUS_DATA.status}]`);
    const active =
      status !== null &&
      planStatus(
        readPeriodFacts((name) => status.getAttribute(name) ?? ''),
        today,
      ) === 'active';
    entry.hidden = !active;
    any ||= active;
  }
  if (inForce) inForce.hidden = !any;
  box.querySelector<HTMLElement>(selector('noneInForce'))?.toggleAttribute('hidden', any);
  box.hidden = false;
  document.querySelector<HTMLElement>(selector('summaryStatic'))?.setAttribute('hidden', '');
  return true;
}
