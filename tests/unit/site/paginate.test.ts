import { describe, expect, test } from 'vitest';
import { monthIndex, pageParam, pagePath, paginate } from '../../../src/lib/site/paginate';

describe('paginate', () => {
  test('cuts a list into pages of the given size, the last one shorter', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
  test('an empty list is one empty page, so the list page still exists', () => {
    expect(paginate([], 100)).toEqual([[]]);
  });
  test('rejects a page size below 1', () => {
    expect(() => paginate([1], 0)).toThrow();
  });
});

describe('page paths', () => {
  test('page 1 is the list itself, later pages are trang-<n>/', () => {
    expect(pagePath('/moc-thoi-gian/', 1)).toBe('/moc-thoi-gian/');
    expect(pagePath('/moc-thoi-gian/', 7)).toBe('/moc-thoi-gian/trang-7/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('trang-2');
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
