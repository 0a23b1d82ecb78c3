import { format } from '../i18n/format';
import {
  TIMELINE_DATA,
  chosenFilters,
  dueStates,
  filterSearch,
  firstMonthFrom,
  itemShown,
  timelineSelector as selector,
  type TimelineData,
} from '../lib/deadlines/timeline-view';
import { formatVietnameseDate } from '../lib/text/vietnamese-date';
import { todayInVietnam } from './today';

/**
 * The timeline is complete without JavaScript. With it: today's date in Vietnam
 * (Asia/Ho_Chi_Minh, whatever the reader's device zone), past deadlines marked, the next
 * one highlighted (or, when it is on another page, a link to its month), and filters kept
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
  const upcoming = document.querySelector<HTMLElement>(selector('upcoming'));
  if (!states.includes('next') && upcoming) {
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
    const search = filterSearch(chosen);
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  update();
}
