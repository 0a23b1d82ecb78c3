import { format } from '../i18n/format';
import { nextAnniversary, type NextAnniversary } from '../lib/commemorations/calendar-view';
import { daysLeft, nextIndices } from '../lib/deadlines/timeline-view';
import { HOME_DATA, homeSelector as selector, type HomeData } from '../lib/site/home-view';
import { formatVietnameseDate } from '../lib/text/vietnamese-date';
import { todayInVietnam } from './today';

/**
 * The home page is complete without JavaScript. With it, for today's date in Vietnam: the
 * next deadline with the days left (or, when none is ahead, the sentence that says so, as
 * the timeline says it), and the next anniversary and the next round one. The choice is
 * made by the timeline's and the calendar's own functions; what the page renders and this
 * script reads is in src/lib/site/home-view.ts.
 */
export function startHome(): void {
  const today = todayInVietnam();
  showNextDeadline(today);
  showNextAnniversaries(today);
}

const read = (element: Element, name: HomeData) => element.getAttribute(HOME_DATA[name]) ?? '';

function showNextDeadline(today: string): void {
  const list = document.querySelector<HTMLElement>(selector('deadlines'));
  const block = list?.parentElement;
  if (!list || !block) return;
  const todayLine = block.querySelector<HTMLElement>(selector('today'));
  if (todayLine) {
    todayLine.textContent = format(read(todayLine, 'template'), { date: formatVietnameseDate(today) });
    todayLine.hidden = false;
  }
  const entries = [...list.querySelectorAll<HTMLElement>(selector('due'))];
  const [index] = nextIndices(
    entries.map((entry) => read(entry, 'due')),
    today,
    1,
  );
  const entry = index === undefined ? undefined : entries[index];
  if (entry) {
    const days = daysLeft(today, read(entry, 'due'));
    const left = entry.querySelector(selector('left'));
    if (left) left.textContent = days === 0 ? read(list, 'dueToday') : format(read(list, 'daysLeft'), { days });
    entry.hidden = false;
    list.hidden = false;
  } else {
    block.querySelector<HTMLElement>(selector('noneAhead'))?.removeAttribute('hidden');
  }
  block.querySelector<HTMLElement>(selector('static'))?.setAttribute('hidden', '');
}

function showNextAnniversaries(today: string): void {
  const list = document.querySelector<HTMLElement>(selector('commemorations'));
  const block = list?.parentElement;
  if (!list || !block) return;
  const items = [...list.querySelectorAll<HTMLElement>(selector('origin'))];
  const origins = items.map((item) => ({ origin: read(item, 'origin') }));
  const fill = (which: 'nextAnniversary' | 'nextRound', next: NextAnniversary | undefined) => {
    const line = block.querySelector<HTMLElement>(selector(which));
    const named = next && items[next.index]?.querySelector(selector('name'));
    if (!line || !next || !named) return;
    const { kind, number } = next.anniversary;
    const kindLabel = kind === 'nam-tron' ? read(line, 'kindRound') : kind === 'nam-le-5' ? read(line, 'kindFive') : '';
    const name = named.cloneNode(true) as Element;
    name.removeAttribute(HOME_DATA.name);
    const days = daysLeft(today, next.date);
    const left = days === 0 ? read(line, 'dueToday') : format(read(line, 'daysLeft'), { days });
    line.append(
      name,
      format(read(line, 'template'), {
        date: formatVietnameseDate(next.date),
        number,
        kind: kindLabel && ` (${kindLabel})`,
        left,
      }),
    );
    line.hidden = false;
  };
  const next = nextAnniversary(origins, today);
  fill('nextAnniversary', next);
  const round = nextAnniversary(origins, today, (anniversary) => anniversary.kind !== null);
  if (round && (!next || round.date !== next.date || round.index !== next.index)) fill('nextRound', round);
  list.hidden = true;
  block.querySelector<HTMLElement>(selector('static'))?.setAttribute('hidden', '');
}
