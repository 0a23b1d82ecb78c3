import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { normaliseQuery } from '../../src/lib/search/terms';
import { dist, requireBuilt } from '../helpers/dist';
import { loadPagefind } from '../helpers/pagefind-node';

let pagefind: Awaited<ReturnType<typeof loadPagefind>>;
beforeAll(async () => {
  pagefind = await loadPagefind(requireBuilt(dist));
});
afterAll(() => pagefind?.close());

describe('forms are found by what cadres type, misprints or not', () => {
  test.each([
    { query: 'mẫu số 03', page: '/bieu-mau/tra-vinh-43-kh-duk-mau-03/', within: 3 },
    { query: 'mẫu số 02', page: '/bieu-mau/tra-vinh-43-kh-duk-mau-02/', within: 3 },
    // The source prints "phân đấu"; the correct spelling finds the form through its aliases.
    { query: 'báo cáo tổng hợp kết quả phấn đấu', page: '/bieu-mau/tay-ninh-28-kh-duk-bao-cao-to-dang/', within: 3 },
    // The guide weighs little so that plans answer plan queries; the form's full name still finds it first.
    { query: 'đề cương báo cáo sơ kết 04 năm', page: '/bieu-mau/quang-nam-59-kh-duk-de-cuong-so-ket/', within: 1 },
  ])('"$query" → $page', async ({ query, page, within }) => {
    const urls = (await pagefind.search(normaliseQuery(query))).map((result) => result.url);
    expect(urls.slice(0, within)).toContain(page);
  });

  test('the "Biểu mẫu" filter holds the five forms', async () => {
    const filters = await pagefind.filters();
    expect(filters.loai?.['Biểu mẫu']).toBe(5);
  });
});
