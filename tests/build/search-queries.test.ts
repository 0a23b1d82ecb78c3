import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { normaliseQuery } from '../../src/lib/search/terms';
import { dist, requireBuilt } from '../helpers/dist';
import { loadPagefind } from '../helpers/pagefind-node';
import { PLAN, SEARCH_CASES } from '../helpers/search-queries';

let pagefind: Awaited<ReturnType<typeof loadPagefind>>;
beforeAll(async () => {
  pagefind = await loadPagefind(requireBuilt(dist));
});
afterAll(() => pagefind?.close());

describe('search finds what cadres type', () => {
  test.each(SEARCH_CASES)('"$query" → $page', async ({ query, page, within = 1 }) => {
    const results = await pagefind.search(normaliseQuery(query));
    const urls = results.map((result) => result.url);
    expect(urls.slice(0, within)).toContain(page);
  });

  test('the table is big enough to mean something', () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(90);
  });

  test('results are titled by kind and number', async () => {
    const [first] = await pagefind.search('34-KH/ĐUK');
    expect(first!.title).toMatch(/^Kế hoạch số 34-KH\/ĐUK — /u);
  });

  test('a hit in a long plan offers the sections it falls in', async () => {
    const plan = (await pagefind.search('Tua Hai')).find((result) => result.url === PLAN('tay-ninh-28-kh-duk'));
    expect(plan!.sections.some((section) => /#ii/u.test(section.url))).toBe(true);
  });

  test('filters: loại, năm, tỉnh and cơ quan ban hành are indexed', async () => {
    const filters = await pagefind.filters();
    expect(filters.loai?.['Kế hoạch']).toBe(5);
    expect(filters.loai?.['Mốc thời gian']).toBe(1);
    expect(filters.loai?.['Ngày kỷ niệm']).toBe(6);
    expect(filters.loai?.['Văn bản']).toBeGreaterThan(30);
    expect(filters.nam?.['2020']).toBe(2);
    expect(filters['co-quan']?.['Tỉnh ủy']).toBe(1);
    const quangNam = await pagefind.search('kế hoạch', { tinh: 'Quảng Nam', loai: 'Kế hoạch' });
    expect(quangNam.map((result) => result.url)).toEqual([PLAN('quang-nam-59-kh-duk')]);
  });

  test('a query that matches nothing returns nothing', async () => {
    await expect(pagefind.search('xyzzyqwv')).resolves.toEqual([]);
  });
});
