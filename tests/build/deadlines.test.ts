import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'node-html-parser';
import { describe, expect, onTestFinished, test } from 'vitest';
import { plainText } from '../../src/lib/text/plain-text';
import { buildWithContent } from '../helpers/astro-build';
import { allFiles, dist, readDist, requireBuilt } from '../helpers/dist';
import { readPlanSources } from '../helpers/plans';

interface JsonOccurrence {
  plan: string;
  planId: string;
  id: string;
  dueBy: string;
  label: string;
  quote: string;
  url: string;
  task: string;
  planPeriod: { from: number; until: number } | null;
  who: string[];
  actors: string[];
}

const plans = readPlanSources();
/** The plans with a calendar: those with a dated deadline (the others have no .ics). */
const calendarPlans = () => plans.filter(({ id }) => existsSync(path.join(requireBuilt(dist), `ke-hoach/${id}.ics`)));
const json = (): JsonOccurrence[] => JSON.parse(readDist(requireBuilt(dist), 'api/deadlines.json'));

/** Every date an iCalendar file's events fall on, recurrences expanded, per UID. */
function calendarDates(ics: string): Map<string, string[]> {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const dates = new Map<string, string[]>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    expect(event.startDate.isDate).toBe(true); // all-day
    const key = event.uid.replace(/@.*$/u, '').replace(/--\d{4}$/u, '');
    const list = dates.get(key) ?? [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      list.push(next.toString().slice(0, 10));
      if (list.length > 100) break;
    }
    dates.set(key, list.sort());
  }
  return dates;
}

describe('deadlines in the built site', () => {
  test('/api/deadlines.json lists dated occurrences with plan, dueBy, label, quote and url', () => {
    const items = json();
    const declared = plans.reduce((sum, plan) => sum + (plan.frontmatter.deadlines?.length ?? 0), 0);
    expect(declared).toBeGreaterThanOrEqual(30);
    expect(items.length).toBeGreaterThan(40);
    for (const item of items) {
      expect(item.plan).toMatch(/^\d+-KH\/(ĐUK|TU)$/u);
      expect(item.dueBy).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      expect(item.label.length).toBeGreaterThan(3);
      expect(item.url).toMatch(/^\/ke-hoach\/[a-z0-9-]+\/#[a-z0-9-]+$/u);
    }
    expect([...items].sort((a, b) => a.dueBy.localeCompare(b.dueBy))).toEqual(items);
    const special = items.find((item) => item.label === 'riêng năm 2021 báo cáo trước ngày 15/12/2021');
    expect(special).toMatchObject({ plan: '34-KH/ĐUK', dueBy: '2021-12-14' });
  });

  test("each occurrence carries its plan's printed period (no status: that depends on the reader's day) and its actors", () => {
    const items = json();
    expect(items.find((item) => item.planId === 'tra-vinh-34-kh-duk')?.planPeriod).toEqual({ from: 2021, until: 2025 });
    expect(items.find((item) => item.planId === 'quang-nam-59-kh-duk')?.planPeriod).toBeNull();
    for (const item of items) {
      expect(item).not.toHaveProperty('periodEnded');
      expect(item.actors.length, `${item.planId} ${item.id}`).toBeGreaterThan(0);
    }
  });

  test('every url lands on the paragraph that holds the quote', () => {
    for (const item of json()) {
      const [page, anchor] = item.url.split('#') as [string, string];
      const html = parse(readDist(dist, `${page.replace(/^\//u, '')}index.html`));
      const target = html.getElementById(anchor);
      expect(target, item.url).not.toBeNull();
      expect(plainText(target!.text)).toContain(plainText(item.quote));
    }
  });

  test.each(plans)('$id: the .ics parses with ical.js and gives exactly the dates of the JSON feed', ({ id }) => {
    const file = path.join(requireBuilt(dist), `ke-hoach/${id}.ics`);
    const dates = existsSync(file) ? calendarDates(readFileSync(file, 'utf8')) : new Map<string, string[]>();
    const expected = new Map<string, string[]>();
    for (const item of json().filter((entry) => entry.planId === id)) {
      const key = `${id}-${item.id}`;
      expected.set(key, [...(expected.get(key) ?? []), item.dueBy].sort());
    }
    expect(Object.fromEntries(dates)).toEqual(Object.fromEntries(expected));
  });

  test('the site-wide calendar holds every plan calendar event, with stable UIDs', () => {
    const all = readDist(dist, 'moc-thoi-gian.ics');
    const uids = [...all.matchAll(/^UID:(.+(?:\r?\n[ \t].+)*)/gmu)].map((m) => m[1]!.replace(/\r?\n[ \t]/gu, ''));
    expect(new Set(uids).size).toBe(uids.length);
    for (const plan of calendarPlans()) {
      for (const uid of readDist(dist, `ke-hoach/${plan.id}.ics`).matchAll(/^UID:(.+(?:\r?\n[ \t].+)*)/gmu)) {
        expect(uids).toContain(uid[1]!.replace(/\r?\n[ \t]/gu, ''));
      }
    }
  });

  test('a second build, in another time zone, is byte-identical: feeds, pages, index, everything', () => {
    const { status, outDir } = buildWithContent('./content', { TZ: 'America/New_York' }, { keepOutput: true });
    onTestFinished(() => rmSync(outDir, { recursive: true, force: true }));
    expect(status).toBe(0);
    for (const file of [
      'moc-thoi-gian.ics',
      'api/deadlines.json',
      ...calendarPlans().map((plan) => `ke-hoach/${plan.id}.ics`),
    ]) {
      expect(readFileSync(path.join(outDir, file), 'utf8'), file).toBe(readDist(dist, file));
    }
    const files = (dir: string) => allFiles(dir).map((file) => path.relative(dir, file));
    expect(files(outDir)).toEqual(files(dist));
    const different = files(dist).filter(
      (file) => !readFileSync(path.join(dist, file)).equals(readFileSync(path.join(outDir, file))),
    );
    expect(different).toEqual([]);
  });

  test('plan pages list their own deadlines with a link to the source paragraph', () => {
    const html = parse(readDist(dist, 'ke-hoach/tra-vinh-43-kh-duk/index.html'));
    const section = html.getElementById('moc-thoi-gian-ke-hoach')?.parentNode;
    expect(section).toBeTruthy();
    const text = plainText(section!.text);
    expect(text).toContain('trước ngày 15/12 hàng năm');
    expect(text).toContain('trước ngày 15/12 hàng năm (năm 2022) → chậm nhất 14/12/2022');
    expect(text).not.toContain('hạn cuối');
    expect(section!.querySelectorAll('a[href*="#"]').length).toBeGreaterThan(5);
  });
});
