import { describe, expect, test } from 'vitest';
import type { Plan } from '../../../src/schemas/plan';
import {
  assertNoListPathClash,
  groupByProvince,
  groupByYear,
  pagePath,
  pagerItems,
  pageSegment,
  parsePageSegment,
  PLANS_PER_PAGE,
  splitPages,
  UNDATED_YEAR,
} from '../../../src/lib/plans/pages';

/** Just the fields the grouping reads. */
const entry = (id: string, province: string, issued: string | null) => ({
  id,
  data: { province, issued } as unknown as Plan,
});

describe('splitPages', () => {
  test('cuts a list into pages of at most 50 plans, in order', () => {
    const items = Array.from({ length: 123 }, (_, index) => index);
    const pages = splitPages(items);
    expect(PLANS_PER_PAGE).toBe(50);
    expect(pages.map((page) => page.items.length)).toEqual([50, 50, 23]);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
    expect(pages.map((page) => [page.number, page.count, page.start, page.total])).toEqual([
      [1, 3, 1, 123],
      [2, 3, 51, 123],
      [3, 3, 101, 123],
    ]);
  });

  test('keeps a short list on one page, and an empty one is one empty page', () => {
    expect(splitPages([1, 2, 3, 4, 5]).map((page) => page.items)).toEqual([[1, 2, 3, 4, 5]]);
    expect(splitPages([1, 2, 3, 4], 2).map((page) => page.items)).toEqual([[1, 2], [3, 4]]);
    expect(splitPages([])).toEqual([{ number: 1, count: 1, items: [], start: 1, total: 0 }]);
  });

  test('refuses a page size that is not a positive integer', () => {
    expect(() => splitPages([1], 0)).toThrow(/positive integer/u);
    expect(() => splitPages([1], Number.NaN)).toThrow(/positive integer/u);
  });

  test('is linear: 5,000 plans split in well under a second', () => {
    const items = Array.from({ length: 5000 }, (_, index) => index);
    const started = performance.now();
    const pages = splitPages(items);
    expect(pages).toHaveLength(100);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('page paths', () => {
  test('page 1 is the list itself, page n is trang-<n>/', () => {
    expect(pagePath('/ke-hoach/', 1)).toBe('/ke-hoach/');
    expect(pagePath('/ke-hoach/', 2)).toBe('/ke-hoach/trang-2/');
    expect(pagePath('/ke-hoach/tinh/tra-vinh/', 12)).toBe('/ke-hoach/tinh/tra-vinh/trang-12/');
    expect(pageSegment(1)).toBeUndefined();
    expect(pageSegment(3)).toBe('trang-3');
  });

  test('reads a page segment back, and nothing else as one', () => {
    expect(parsePageSegment(undefined)).toBe(1);
    expect(parsePageSegment('trang-7')).toBe(7);
    for (const other of ['trang-1', 'trang-0', 'trang-02', 'trang-', 'tra-vinh-34-kh-duk', 'trang-2x']) {
      expect(parsePageSegment(other)).toBeNull();
    }
  });

  test('a plan id that would shadow a list page stops the build', () => {
    expect(() => assertNoListPathClash(['tra-vinh-34-kh-duk', 'trang-vinh-1-kh'])).not.toThrow();
    expect(() => assertNoListPathClash(['tra-vinh-34-kh-duk', 'trang-2', 'tinh'])).toThrow(/trang-2, tinh/u);
  });
});

describe('pagerItems', () => {
  test('shows every page of a short list', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  test('shows first, last and two on each side, with gaps of more than one page', () => {
    expect(pagerItems(1, 100)).toEqual([1, 2, 3, 'gap', 100]);
    expect(pagerItems(50, 100)).toEqual([1, 'gap', 48, 49, 50, 51, 52, 'gap', 100]);
    expect(pagerItems(100, 100)).toEqual([1, 'gap', 98, 99, 100]);
    // A gap would hide only page 2 or page 8: the number is shown instead.
    expect(pagerItems(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test('stays bounded however many pages there are', () => {
    for (const count of [10, 1000, 100000]) {
      for (const current of [1, 2, 5, Math.floor(count / 2), count - 1, count]) {
        expect(pagerItems(current, count).length).toBeLessThanOrEqual(9);
        expect(pagerItems(current, count)).toContain(current);
      }
    }
  });
});

describe('grouping', () => {
  const plans = [
    entry('a', 'Trà Vinh', '2021-10-20'),
    entry('b', 'Quảng Nam', '2020-05-04'),
    entry('c', 'Trà Vinh', null),
    entry('d', 'Đồng Tháp', '2020-01-02'),
    entry('e', 'Tây Ninh', null),
  ];

  test('by province: Vietnamese alphabetical order, unaccented slugs, input order kept', () => {
    const groups = groupByProvince(plans);
    expect(groups.map((group) => [group.slug, group.label, group.items.map((item) => item.id)])).toEqual([
      ['dong-thap', 'Đồng Tháp', ['d']],
      ['quang-nam', 'Quảng Nam', ['b']],
      ['tay-ninh', 'Tây Ninh', ['e']],
      ['tra-vinh', 'Trà Vinh', ['a', 'c']],
    ]);
  });

  test('by year: newest year first, undated plans last under their own slug', () => {
    const groups = groupByYear(plans, 'Không ghi ngày');
    expect(groups.map((group) => [group.slug, group.label, group.items.map((item) => item.id)])).toEqual([
      ['2021', '2021', ['a']],
      ['2020', '2020', ['b', 'd']],
      [UNDATED_YEAR, 'Không ghi ngày', ['c', 'e']],
    ]);
  });

  test('every plan is in exactly one province and one year group', () => {
    const many = Array.from({ length: 5000 }, (_, index) =>
      entry(`p${index}`, `Tỉnh ${index % 34}`, index % 7 === 0 ? null : `${2016 + (index % 10)}-01-01`),
    );
    for (const groups of [groupByProvince(many), groupByYear(many, '-')]) {
      const ids = groups.flatMap((group) => group.items.map((item) => item.id));
      expect(ids).toHaveLength(many.length);
      expect(new Set(ids).size).toBe(many.length);
    }
  });
});
