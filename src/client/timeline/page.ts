import { format } from '../../i18n/format';
import { TIMELINE_DATA, dueStates, timelineSelector as selector } from '../../lib/deadlines/timeline-view';
import { formatVietnameseDate } from '../../lib/text/vietnamese-date';
import { todayInVietnam } from '../today';
import { startFilters } from './filters';
import { linkUpcoming, noneAhead, showNext } from './next';
import { readData } from './read';
import { revealTarget, yearFolding } from './years';

/**
 * The timeline is complete without JavaScript. With it: today's date in Vietnam
 * (Asia/Ho_Chi_Minh, whatever the reader's device zone), the next deadlines (up to five)
 * with the days left at the top, or, when none is ahead, the last one's date and the plans
 * still in force; past years folded, past deadlines marked, the next one highlighted (or,
 * when it is on another page, a link to its month), and filters behind one control, kept
 * in the URL. Filters act on the page shown: pages hold a bounded number of deadlines.
 * What the page renders and this script reads is in src/lib/deadlines/timeline-view.ts.
 */
export function startTimeline(): void {
  const timeline = document.querySelector<HTMLElement>(selector('timeline'));
  const form = document.querySelector<HTMLFormElement>(selector('filters'));
  const todayLine = document.querySelector<HTMLElement>(selector('today'));
  const count = document.querySelector<HTMLElement>(selector('count'));
  const empty = document.querySelector<HTMLElement>(selector('empty'));
  if (!timeline || !form || !todayLine || !count || !empty) return;
  const items = [...timeline.querySelectorAll<HTMLLIElement>(selector('item'))];

  const today = todayInVietnam();
  todayLine.textContent = format(readData(todayLine, 'template'), { date: formatVietnameseDate(today) });
  const nextHere = markDeadlines(timeline, items, today);
  // The next deadline overall is on this page, or on another (a link to its month), or nowhere.
  const none = noneAhead(today);
  if (!nextHere && !none) linkUpcoming(today);

  const fold = yearFolding(timeline, today);
  window.addEventListener('hashchange', revealTarget);
  // Print the whole list: a folded year would print as its heading only.
  window.addEventListener('beforeprint', () => fold(true));
  window.addEventListener('afterprint', () => update());
  const update = startFilters({ timeline, form, items, count, empty, fold });
  update();
  revealTarget();
}

/**
 * Marks the page's past deadlines and the next one, and lists the next ones at the top when
 * the next is on this page. Returns whether it is.
 */
function markDeadlines(timeline: HTMLElement, items: readonly HTMLElement[], today: string): boolean {
  const dated = items.flatMap((item) => {
    const due = readData(item, 'due');
    const state = item.querySelector<HTMLElement>(selector('state'));
    return due && state ? [{ item, due, state }] : [];
  });
  const states = dueStates(
    dated.map(({ due }) => due),
    today,
    readData(timeline, 'previousLastDue'),
  );
  dated.forEach(({ item, state }, index) => {
    const mark = states[index];
    if (!mark) return;
    item.setAttribute(TIMELINE_DATA[mark], '');
    state.textContent = readData(timeline, mark === 'past' ? 'labelPast' : 'labelNext');
  });
  if (!states.includes('next')) return false;
  showNext(dated.slice(states.indexOf('next')), today);
  return true;
}
