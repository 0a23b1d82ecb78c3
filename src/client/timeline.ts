/**
 * The timeline is complete without JavaScript. With it: today's date in Vietnam
 * (Asia/Ho_Chi_Minh, whatever the reader's device zone), past deadlines marked, the next
 * one highlighted (or, when it is on another page, a link to its month), and filters kept
 * in the URL. Filters act on the page shown: pages hold a bounded number of deadlines.
 */
export function todayInVietnam(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

const FILTERS = ['nam', 'ke-hoach', 'tinh', 'ai-lam'] as const;

export function startTimeline(): void {
  const timeline = document.querySelector<HTMLElement>('[data-timeline]');
  const form = document.querySelector<HTMLFormElement>('[data-timeline-filters]');
  const todayLine = document.querySelector<HTMLElement>('[data-today]');
  const count = document.querySelector<HTMLElement>('[data-timeline-count]');
  const empty = document.querySelector<HTMLElement>('[data-timeline-empty]');
  if (!timeline || !form || !todayLine || !count || !empty) return;
  const items = [...timeline.querySelectorAll<HTMLLIElement>('[data-item]')];

  const today = todayInVietnam();
  const [y, m, d] = today.split('-');
  todayLine.textContent = (todayLine.dataset.template ?? '').replace('{date}', `${d}/${m}/${y}`);
  // The next deadline overall is on this page only if the pages before end before today.
  const previousLastDue = timeline.dataset.previousLastDue ?? '';
  let next: HTMLLIElement | undefined;
  for (const item of items) {
    const due = item.dataset.due;
    const state = item.querySelector<HTMLElement>('[data-state]');
    if (!due || !state) continue;
    if (due < today) {
      item.dataset.past = '';
      state.textContent = timeline.dataset.labelPast ?? '';
    } else if (!next && previousLastDue < today) {
      next = item;
      item.dataset.next = '';
      state.textContent = timeline.dataset.labelNext ?? '';
    }
  }
  const upcoming = document.querySelector<HTMLElement>('[data-upcoming]');
  if (!next && upcoming) {
    const month = today.slice(0, 7);
    const target = [...document.querySelectorAll<HTMLAnchorElement>('a[data-month]')].find((link) => (link.dataset.month ?? '') >= month);
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
  const update = () => {
    const data = new FormData(form);
    let shown = 0;
    for (const item of items) {
      const visible = FILTERS.every((name) => {
        const wanted = String(data.get(name) ?? '*');
        if (wanted === '*') return true;
        const values = (item.getAttribute(`data-${name}`) ?? '').split(' ');
        return values.includes(wanted);
      });
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const group of [...timeline.querySelectorAll<HTMLElement>('[data-group]')].reverse()) {
      group.hidden = !group.querySelector('[data-item]:not([hidden])');
    }
    count.textContent = (count.dataset.template ?? '').replace('{shown}', String(shown)).replace('{total}', String(items.length));
    empty.hidden = shown > 0;
    const query = new URLSearchParams();
    for (const [name, value] of data) if (value !== '*') query.set(name, String(value));
    const search = query.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  update();
}
