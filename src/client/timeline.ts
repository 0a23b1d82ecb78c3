import { format } from '../i18n/format';
import { PLAN_STATUS_DATA, planStatus, readPeriodFacts } from '../lib/deadlines/plan-period';
import {
  TIMELINE_DATA,
  chosenFilters,
  daysLeft,
  dueStates,
  filterSearch,
  firstMonthFrom,
  itemShown,
  nextIndices,
  yearOpen,
  timelineSelector as selector,
  type TimelineData,
} from '../lib/deadlines/timeline-view';
import { formatVietnameseDate } from '../lib/text/vietnamese-date';
import { todayInVietnam } from './today';

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
  const read = (element: Element, name: TimelineData) => element.getAttribute(TIMELINE_DATA[name]) ?? '';

  const today = todayInVietnam();
  todayLine.textContent = format(read(todayLine, 'template'), { date: formatVietnameseDate(today) });
  const dated = items.flatMap((item) => {
    const due = read(item, 'due');
    const state = item.querySelector<HTMLElement>(selector('state'));
    return due && state ? [{ item, due, state }] : [];
  });
  const states = dueStates(
    dated.map(({ due }) => due),
    today,
    read(timeline, 'previousLastDue'),
  );
  dated.forEach(({ item, state }, index) => {
    const mark = states[index];
    if (!mark) return;
    item.setAttribute(TIMELINE_DATA[mark], '');
    state.textContent = read(timeline, mark === 'past' ? 'labelPast' : 'labelNext');
  });
  // The next deadline overall is on this page, or on another (a link to its month), or nowhere.
  if (states.includes('next')) showNext(dated.slice(states.indexOf('next')), today);
  const none = noneAhead(today);
  const upcoming = document.querySelector<HTMLElement>(selector('upcoming'));
  if (!states.includes('next') && upcoming && !none) {
    const links = [...document.querySelectorAll<HTMLAnchorElement>(`a${selector('month')}`)];
    const target =
      links[
        firstMonthFrom(
          links.map((link) => read(link, 'month')),
          today,
        )
      ];
    if (target) {
      upcoming.querySelector('a')!.href = target.href;
      upcoming.hidden = false;
    }
  }

  const years = [...timeline.querySelectorAll<HTMLDetailsElement>(`details${selector('year')}`)];
  const fold = (all: boolean) => {
    for (const year of years) year.open = all || yearOpen(read(year, 'year'), today);
  };
  // A link to a deadline or month inside a folded year opens it.
  const reveal = () => {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const year = target?.closest('details');
    if (year && !year.open) {
      year.open = true;
      target!.scrollIntoView();
    }
  };
  window.addEventListener('hashchange', reveal);
  // Print the whole list: a folded year would print as its heading only.
  window.addEventListener('beforeprint', () => fold(true));
  window.addEventListener('afterprint', () => update());
  const toggle = document.querySelector<HTMLDetailsElement>(selector('filterToggle'));
  if (toggle) toggle.hidden = false;

  const params = new URLSearchParams(location.search);
  for (const select of form.querySelectorAll('select')) {
    const value = params.get(select.name);
    if (value !== null && [...select.options].some((option) => option.value === value)) select.value = value;
  }
  const groups = [...timeline.querySelectorAll<HTMLElement>(selector('group'))].reverse();
  const update = () => {
    const data = new FormData(form);
    const chosen = chosenFilters((name) => data.get(name));
    let shown = 0;
    for (const item of items) {
      const visible = itemShown((name) => item.getAttribute(name), chosen);
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    // Innermost first: a year is empty once its months are.
    for (const group of groups) group.hidden = !group.querySelector(`${selector('item')}:not([hidden])`);
    count.textContent = format(read(count, 'template'), { shown, total: items.length });
    empty.hidden = shown > 0;
    // Chosen filters show what they match, in every year; none chosen folds by date again.
    const filtered = Object.keys(chosen).length > 0;
    fold(filtered);
    if (filtered && toggle) toggle.open = true;
    const search = filterSearch(chosen);
    history.replaceState(null, '', (search ? `?${search}` : location.pathname) + location.hash);
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  update();
  reveal();
}

/** The next deadlines (those from today on, in date order) at the top, with the days left. */
function showNext(ahead: readonly { item: HTMLElement; due: string }[], today: string): void {
  const list = document.querySelector<HTMLElement>(selector('nextList'));
  if (!list) return;
  const read = (name: TimelineData) => list.getAttribute(TIMELINE_DATA[name]) ?? '';
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
    left.textContent = days === 0 ? read('dueToday') : format(read('daysLeft'), { days });
    const plan = item.querySelector(selector('plan'))?.textContent?.trim();
    entry.append(left, ` · ${formatVietnameseDate(due)}: `, link, plan ? ` (${plan})` : '');
    list.append(entry);
  }
  if (list.childElementCount > 0) {
    list.hidden = false;
    document.querySelector<HTMLElement>(selector('summaryStatic'))?.setAttribute('hidden', '');
  }
}

/**
 * When the timeline's last deadline is past: one sentence saying so, the plans of the page
 * still in force (or that none is), and the most recent plan. Returns whether it is shown.
 */
function noneAhead(today: string): boolean {
  const box = document.querySelector<HTMLElement>(selector('noneAhead'));
  const lastDue = box?.getAttribute(TIMELINE_DATA.lastDue);
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
