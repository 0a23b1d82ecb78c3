import { describe, expect, test } from 'vitest';
import { monthIndex, pager, pagerItems, paginate } from '../../../src/lib/site/paginate';

describe('paginate', () => {
  test('cuts a list into pages of at most the given size, in order, each knowing its place', () => {
    const items = Array.from({ length: 123 }, (_, index) => index);
    const pages = paginate(items, 50);
    expect(pages.map((page) => page.items.length)).toEqual([50, 50, 23]);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
    expect(pages.map((page) => [page.number, page.count, page.start, page.total])).toEqual([
      [1, 3, 1, 123],
      [2, 3, 51, 123],
      [3, 3, 101, 123],
    ]);
  });

  test('keeps a short list on one page; an empty list is one empty page, so the list page still exists', () => {
    expect(paginate([1, 2, 3, 4, 5], 50).map((page) => page.items)).toEqual([[1, 2, 3, 4, 5]]);
    expect(paginate([1, 2, 3, 4, 5], 2).map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 100)).toEqual([{ number: 1, count: 1, items: [], start: 1, total: 0 }]);
  });

  test('refuses a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow(/positive integer/u);
    expect(() => paginate([1], 2.5)).toThrow(/positive integer/u);
    expect(() => paginate([1], Number.NaN)).toThrow(/positive integer/u);
  });

  test('is linear: 5,000 plans split in well under a second', () => {
    const items = Array.from({ length: 5000 }, (_, index) => index);
    const started = performance.now();
    expect(paginate(items, 50)).toHaveLength(100);
    expect(performance.now() - started).toBeLessThan(500);
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

describe('monthIndex', () => {
  test('names the page where each month starts and counts its items; undated items are skipped', () => {
    const pages = [
      [{ due: '2020-02-19' }, { due: '2020-02-29' }],
      [{ due: '2020-02-29' }, { due: '2020-03-31' }],
      [{ due: null }],
    ];
    expect(monthIndex(pages)).toEqual([
      { month: '2020-02', page: 1, count: 3 },
      { month: '2020-03', page: 2, count: 1 },
    ]);
  });
});

describe('pager', () => {
  test('links the previous and next pages and the numbers shown, marking the current one', () => {
    expect(pager('/ke-hoach/', 2, 3)).toEqual({
      prev: '/ke-hoach/',
      next: '/ke-hoach/trang-3/',
      pages: [
        { number: 1, path: '/ke-hoach/', current: false },
        { number: 2, path: '/ke-hoach/trang-2/', current: true },
        { number: 3, path: '/ke-hoach/trang-3/', current: false },
      ],
    });
  });

  test('has no previous page on the first, no next page on the last, and keeps the gaps', () => {
    const first = pager('/moc-thoi-gian/', 1, 100);
    expect([first.prev, first.next]).toEqual([null, '/moc-thoi-gian/trang-2/']);
    expect(first.pages.map((item) => (item === 'gap' ? item : item.number))).toEqual([1, 2, 3, 'gap', 100]);
    const last = pager('/moc-thoi-gian/', 100, 100);
    expect([last.prev, last.next]).toEqual(['/moc-thoi-gian/trang-99/', null]);
  });
});
