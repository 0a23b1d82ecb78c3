import { describe, expect, test } from 'vitest';
import {
  ANY,
  TIMELINE_FILTERS,
  chosenFilters,
  dueStates,
  filterOptions,
  filterSearch,
  firstMonthFrom,
  daysLeft,
  groupByDate,
  itemAnchor,
  itemAttributes,
  nextIndices,
  yearOpen,
  itemShown,
  monthHeadingId,
  monthsByYear,
  previousLastDues,
  timelineAttributes,
  timelineSelector,
  type TimelineEntry,
} from '../../../src/lib/deadlines/timeline-view';

const actor = (issuer: string, id: string, name: string) => ({
  value: `${issuer}.${id}`,
  name,
  issuer: issuer === 'tra-vinh-duk' ? 'Đảng ủy Khối Trà Vinh' : 'Đảng ủy Khối Tây Ninh',
});
const entry = (dueBy: string | null, extra: Partial<Omit<TimelineEntry, 'occurrence'>> = {}): TimelineEntry => ({
  planId: 'tra-vinh-34-kh-duk',
  planNumber: '34-KH/ĐUK',
  province: 'Trà Vinh',
  occurrence: { dueBy },
  actors: [actor('tra-vinh-duk', 'chi-bo', 'Chi bộ')],
  ...extra,
});

describe('grouping a page of the timeline', () => {
  test('dated items by year then month, in the order they come; undated ones apart', () => {
    const items = [entry('2024-11-30'), entry('2024-12-01'), entry('2024-12-31'), entry('2025-02-28'), entry(null)];
    const { years, undated } = groupByDate(items);
    expect(years.map((year) => [year.year, year.months.map((month) => [month.yearMonth, month.items.length])])).toEqual(
      [
        [
          '2024',
          [
            ['2024-11', 1],
            ['2024-12', 2],
          ],
        ],
        ['2025', [['2025-02', 1]]],
      ],
    );
    expect(years[0]!.months[1]!).toMatchObject({ year: '2024', month: '12' });
    expect(years[0]!.months[1]!.items).toEqual([items[1], items[2]]);
    expect(undated).toEqual([items[4]]);
  });

  test('an empty page has no groups', () => {
    expect(groupByDate([])).toEqual({ years: [], undated: [] });
  });

  test('the month index gets one line per year, and links to the heading of its month', () => {
    const months = [{ month: '2024-11' }, { month: '2024-12' }, { month: '2025-02' }];
    expect(monthsByYear(months)).toEqual([
      { year: '2024', months: [months[0], months[1]] },
      { year: '2025', months: [months[2]] },
    ]);
    expect(monthHeadingId('2024-11')).toBe('thang-2024-11');
  });

  test('each page knows the last due date on the pages before it', () => {
    const pages = [
      [entry('2024-01-01'), entry('2024-02-01')],
      [entry('2024-03-01'), entry(null)],
      [entry(null)],
      [entry('2025-01-01')],
    ];
    expect(previousLastDues(pages)).toEqual(['', '2024-02-01', '2024-03-01', '2024-03-01']);
  });
});

describe('filters', () => {
  const items = [
    entry('2024-12-01', {
      actors: [actor('tra-vinh-duk', 'to-dang', 'Tổ đảng'), actor('tra-vinh-duk', 'chi-bo', 'Chi bộ')],
    }),
    entry('2025-02-28', {
      planId: 'tay-ninh-28-kh-duk',
      planNumber: '28-KH/ĐUK',
      province: 'Tây Ninh',
      actors: [actor('tay-ninh-duk', 'ban-thuong-vu', 'Ban Thường vụ'), actor('tay-ninh-duk', 'chi-bo', 'Chi bộ')],
    }),
    entry(null, { actors: [] }),
  ];

  test('offer the years with dated items, plans and provinces as they come, each actor once, by issuer then name', () => {
    expect(filterOptions(items)).toEqual({
      nam: [
        { value: '2024', label: '2024' },
        { value: '2025', label: '2025' },
      ],
      'ke-hoach': [
        { value: 'tra-vinh-34-kh-duk', label: '34-KH/ĐUK' },
        { value: 'tay-ninh-28-kh-duk', label: '28-KH/ĐUK' },
      ],
      tinh: [
        { value: 'tra-vinh', label: 'Trà Vinh' },
        { value: 'tay-ninh', label: 'Tây Ninh' },
      ],
      'ai-lam': [
        { value: 'tay-ninh-duk.ban-thuong-vu', label: 'Ban Thường vụ', group: 'Đảng ủy Khối Tây Ninh' },
        { value: 'tay-ninh-duk.chi-bo', label: 'Chi bộ', group: 'Đảng ủy Khối Tây Ninh' },
        { value: 'tra-vinh-duk.chi-bo', label: 'Chi bộ', group: 'Đảng ủy Khối Trà Vinh' },
        { value: 'tra-vinh-duk.to-dang', label: 'Tổ đảng', group: 'Đảng ủy Khối Trà Vinh' },
      ],
    });
  });

  test("an item's attributes: due date first, then one per filter in the form's order", () => {
    expect(Object.entries(itemAttributes(items[0]!))).toEqual([
      ['data-due', '2024-12-01'],
      ['data-nam', '2024'],
      ['data-ke-hoach', 'tra-vinh-34-kh-duk'],
      ['data-tinh', 'tra-vinh'],
      ['data-ai-lam', 'tra-vinh-duk.to-dang tra-vinh-duk.chi-bo'],
    ]);
    expect(itemAttributes(items[2]!)).toMatchObject({ 'data-due': '', 'data-nam': '', 'data-ai-lam': '' });
  });

  test('every option shows at least one item, read back through the attributes', () => {
    const attributes = items.map(itemAttributes);
    const options = filterOptions(items);
    for (const name of TIMELINE_FILTERS) {
      for (const option of options[name]) {
        const shown = attributes.filter((attrs) =>
          itemShown((attribute) => attrs[attribute] ?? null, { [name]: option.value }),
        );
        expect(shown.length, `${name}=${option.value}`).toBeGreaterThan(0);
      }
    }
  });

  test('an item shows when each chosen value is among its own; ANY and unchosen filters let it through', () => {
    const attrs = itemAttributes(items[0]!);
    const read = (name: string) => attrs[name] ?? null;
    expect(itemShown(read, {})).toBe(true);
    expect(itemShown(read, { 'ai-lam': 'tra-vinh-duk.chi-bo', nam: '2024' })).toBe(true);
    expect(itemShown(read, { 'ai-lam': 'tra-vinh-duk.chi' })).toBe(false); // whole values, not parts
    expect(itemShown(read, { 'ai-lam': 'tay-ninh-duk.chi-bo' })).toBe(false); // another issuer's body
    expect(itemShown(read, { nam: '2025' })).toBe(false);
  });

  test('the choice is read from a form or the URL, and kept in the URL in the form’s order', () => {
    const form = new URLSearchParams({ 'ai-lam': 'chi-bo', nam: ANY, tinh: 'tra-vinh' });
    const chosen = chosenFilters((name) => form.get(name));
    expect(chosen).toEqual({ 'ai-lam': 'chi-bo', tinh: 'tra-vinh' });
    expect(filterSearch(chosen)).toBe('tinh=tra-vinh&ai-lam=chi-bo');
    expect(filterSearch({})).toBe('');
  });
});

describe('past and next deadlines', () => {
  test('items due before today are past; the first from today on is next', () => {
    expect(dueStates(['2025-01-01', '2025-02-24', '2025-02-25', '2025-03-01'], '2025-02-25', '')).toEqual([
      'past',
      'past',
      'next',
      null,
    ]);
  });

  test('no next one when the pages before already hold a deadline from today on', () => {
    expect(dueStates(['2025-03-01', '2025-04-01'], '2025-02-25', '2025-02-25')).toEqual([null, null]);
    expect(dueStates(['2025-03-01'], '2025-02-25', '2025-02-24')).toEqual(['next']);
  });

  test('all past: nothing is next, and the month index leads to the first month from today', () => {
    expect(dueStates(['2020-01-01'], '2025-02-25', '')).toEqual(['past']);
    expect(firstMonthFrom(['2024-12', '2025-02', '2025-03'], '2025-02-25')).toBe(1);
    expect(firstMonthFrom(['2024-12'], '2025-02-25')).toBe(-1);
  });
});

describe('the list element', () => {
  test('carries its marker, the last due date before it and the state labels', () => {
    expect(
      Object.entries(timelineAttributes({ previousLastDue: '', labelPast: 'Đã qua', labelNext: 'Sắp tới' })),
    ).toEqual([
      ['data-timeline', ''],
      ['data-previous-last-due', ''],
      ['data-label-past', 'Đã qua'],
      ['data-label-next', 'Sắp tới'],
    ]);
    expect(timelineSelector('item')).toBe('[data-item]');
  });
});

describe('what the first screen shows on a given day', () => {
  const dues = ['2021-11-30', '2021-11-30', '2021-12-14', '2021-12-31', '2022-02-28', '2022-10-31', '2023-02-28'];

  test('the next deadlines are the first five from today on, today included', () => {
    expect(nextIndices(dues, '2021-11-01')).toEqual([0, 1, 2, 3, 4]);
    expect(nextIndices(dues, '2021-12-14')).toEqual([2, 3, 4, 5, 6]);
    expect(nextIndices(dues, '2022-03-01', 5)).toEqual([5, 6]);
    expect(nextIndices(dues, '2026-11-29')).toEqual([]);
  });

  test('days left count calendar days, across months, years and leap days', () => {
    expect(daysLeft('2021-11-01', '2021-11-30')).toBe(29);
    expect(daysLeft('2021-11-30', '2021-11-30')).toBe(0);
    expect(daysLeft('2023-12-31', '2024-03-01')).toBe(61);
    // A day that skips a daylight-saving change elsewhere still counts as one.
    expect(daysLeft('2022-03-12', '2022-03-14')).toBe(2);
  });

  test('past years fold, the current and later years stay open, the undated work folds', () => {
    expect(yearOpen('2025', '2026-11-29')).toBe(false);
    expect(yearOpen('2026', '2026-11-29')).toBe(true);
    expect(yearOpen('2027', '2026-11-29')).toBe(true);
    expect(yearOpen('2021', '2021-11-01')).toBe(true);
    expect(yearOpen('2020', '2021-11-01')).toBe(false);
    expect(yearOpen('', '2021-11-01')).toBe(false);
  });

  test("an item's anchor is unique by plan, deadline and due date", () => {
    expect(itemAnchor({ planId: 'p', occurrence: { deadlineId: 'bao-cao', dueBy: '2022-02-28' } })).toBe(
      'moc-p-bao-cao-2022-02-28',
    );
    expect(itemAnchor({ planId: 'p', occurrence: { deadlineId: 'thuong-xuyen', dueBy: null } })).toBe(
      'moc-p-thuong-xuyen',
    );
  });
});
