// The timeline, search and anniversary calendar pages are complete HTML that their scripts
// then find their way around by data-* attributes. The names live in one module per page; the templates write
// the bare markers literally, so here the built pages are checked to carry every one.
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import {
  ANY,
  TIMELINE_DATA,
  TIMELINE_FILTERS,
  filterAttribute,
  itemShown,
  timelineSelector,
  type TimelineData,
} from '../../src/lib/deadlines/timeline-view';
import {
  QUERY_PARAM,
  SEARCH_DATA,
  SEARCH_FILTERS,
  SEARCH_MESSAGES,
  searchSelector,
  type SearchData,
} from '../../src/lib/search/page';
import {
  CALENDAR_DATA,
  YEAR_PARAM,
  calendarSelector,
  type CalendarData,
} from '../../src/lib/commemorations/calendar-view';
import { HOME_DATA, homeSelector, type HomeData } from '../../src/lib/site/home-view';
import { dist, readDist, requireBuilt } from '../helpers/dist';

const page = (relative: string) => parse(readDist(requireBuilt(dist), relative));

describe('the timeline page and its script', () => {
  const html = page('moc-thoi-gian/index.html');
  // The script sets these; the page's CSS styles them.
  const setByScript: TimelineData[] = ['past', 'next'];

  test('every attribute the script reads is on the page', () => {
    const missing = (Object.keys(TIMELINE_DATA) as TimelineData[])
      .filter((name) => !setByScript.includes(name))
      .filter((name) => html.querySelector(timelineSelector(name)) === null);
    expect(missing).toEqual([]);
    for (const name of setByScript) expect(html.querySelector(timelineSelector(name))).toBeNull();
  });

  test('the templates the script fills have their placeholders', () => {
    expect(html.querySelector(timelineSelector('today'))?.getAttribute(TIMELINE_DATA.template)).toContain('{date}');
    expect(html.querySelector(timelineSelector('count'))?.getAttribute(TIMELINE_DATA.template)).toMatch(
      /\{shown\}.*\{total\}/u,
    );
  });

  test('each filter is a select named as the script reads it, and each of its options shows some deadline', () => {
    const form = html.querySelector(timelineSelector('filters'))!;
    expect(form.querySelectorAll('select').map((select) => select.getAttribute('name'))).toEqual([...TIMELINE_FILTERS]);
    const items = html.querySelectorAll(timelineSelector('item'));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      for (const name of TIMELINE_FILTERS) expect(item.hasAttribute(filterAttribute(name))).toBe(true);
      expect(item.querySelector(timelineSelector('state'))).not.toBeNull();
    }
    for (const select of form.querySelectorAll('select')) {
      const name = select.getAttribute('name') as (typeof TIMELINE_FILTERS)[number];
      const values = select.querySelectorAll('option').map((option) => option.getAttribute('value')!);
      expect(values[0]).toBe(ANY);
      for (const value of values.slice(1)) {
        const shown = items.filter((item) =>
          itemShown((attribute) => item.getAttribute(attribute) ?? null, { [name]: value }),
        );
        expect(shown.length, `${name}=${value}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('the search page and its script', () => {
  const html = page('tim-kiem/index.html');

  test('every attribute the script reads is on the page', () => {
    const missing = (Object.keys(SEARCH_DATA) as SearchData[])
      .filter((name) => name !== 'ready') // set by the script
      .filter((name) => html.querySelector(searchSelector(name)) === null);
    expect(missing).toEqual([]);
  });

  test('it gets the UI strings by the names it uses, the query field and the filters by name', () => {
    const root = html.querySelector(searchSelector('page'))!;
    const messages: Record<string, string> = JSON.parse(root.getAttribute(SEARCH_DATA.messages)!);
    expect(Object.keys(messages)).toEqual(Object.keys(SEARCH_MESSAGES));
    expect(Object.values(messages).every((text) => text.length > 0)).toBe(true);
    expect(root.querySelector(`form input[name="${QUERY_PARAM}"]`)).not.toBeNull();
    const selects = root.querySelectorAll(searchSelector('filter'));
    expect(selects.map((select) => [select.getAttribute('name'), select.getAttribute(SEARCH_DATA.filter)])).toEqual(
      SEARCH_FILTERS.map((name) => [name, name]),
    );
  });
});

describe('the anniversary calendar and its script', () => {
  const html = page('ngay-ky-niem/index.html');

  test('every attribute the script reads is on the page, with a year where it reads one', () => {
    const missing = (Object.keys(CALENDAR_DATA) as CalendarData[])
      .filter((name) => name !== 'hiddenYear') // set by the script
      .filter((name) => html.querySelector(calendarSelector(name)) === null);
    expect(missing).toEqual([]);
    for (const name of ['year', 'section'] as const) {
      for (const element of html.querySelectorAll(calendarSelector(name))) {
        expect(element.getAttribute(CALENDAR_DATA[name])).toMatch(/^\d{4}$/u);
      }
    }
  });

  test('the year picker is named as the URL parameter the script keeps', () => {
    expect(html.querySelector(`${calendarSelector('picker')} select`)?.getAttribute('name')).toBe(YEAR_PARAM);
  });

  test("the table's heading has the template the script fills", () => {
    expect(html.querySelector(calendarSelector('heading'))?.getAttribute(CALENDAR_DATA.template)).toMatch(
      /\{from\}.*\{to\}/u,
    );
  });
});

describe('the home page and its script', () => {
  const html = page('index.html');

  test('every attribute the script reads is on the page', () => {
    const missing = (Object.keys(HOME_DATA) as HomeData[]).filter(
      (name) => html.querySelector(homeSelector(name)) === null,
    );
    expect(missing).toEqual([]);
  });

  test('one entry per due date, in date order, each a date the script can compare; one per commemoration', () => {
    const dues = html.querySelectorAll(`${homeSelector('deadlines')} ${homeSelector('due')}`);
    const dates = dues.map((entry) => entry.getAttribute(HOME_DATA.due)!);
    const feed: { dueBy: string }[] = JSON.parse(readDist(requireBuilt(dist), 'api/deadlines.json'));
    expect(dates).toEqual([...new Set(feed.map((item) => item.dueBy))]);
    for (const entry of dues) expect(entry.querySelector(homeSelector('left'))).not.toBeNull();
    const origins = html.querySelectorAll(homeSelector('origin'));
    expect(origins.length).toBe(6);
    for (const entry of origins) {
      expect(entry.getAttribute(HOME_DATA.origin)).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      expect(entry.querySelector(homeSelector('name'))).not.toBeNull();
    }
  });
});
