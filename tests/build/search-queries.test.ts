import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { normaliseQuery } from '../../src/lib/search/terms';
import { dist, requireBuilt } from '../helpers/dist';
import { loadPagefind } from '../helpers/pagefind-node';

/**
 * Queries as cadres type them (often on a phone, often without diacritics), each with the
 * page that must come first, or within the top `within` where several pages are equally
 * right. Run against the real Pagefind index of the built site, with the same query
 * normalisation the search page applies.
 */
const PLAN = (id: string) => `/ke-hoach/${id}/`;
const QUERIES: { query: string; page: string; within?: number }[] = [
  // Document numbers in every common spelling.
  { query: '34-KH/ĐUK', page: PLAN('tra-vinh-34-kh-duk') },
  { query: '34-KH/DUK', page: PLAN('tra-vinh-34-kh-duk') },
  { query: '34 kh duk', page: PLAN('tra-vinh-34-kh-duk') },
  { query: 'KH 34', page: PLAN('tra-vinh-34-kh-duk') },
  { query: '147-KH/TU', page: PLAN('tra-vinh-147-kh-tu') },
  { query: '147 kh tu', page: PLAN('tra-vinh-147-kh-tu') },
  { query: '59-KH/ĐUK', page: PLAN('quang-nam-59-kh-duk') },
  { query: '59 kh duk', page: PLAN('quang-nam-59-kh-duk') },
  { query: '43 kh duk', page: PLAN('tra-vinh-43-kh-duk') },
  { query: '43-KH/ĐUK', page: PLAN('tra-vinh-43-kh-duk') },
  { query: '28-KH/ĐUK', page: PLAN('tay-ninh-28-kh-duk') },
  { query: 'kh 28 duk', page: PLAN('tay-ninh-28-kh-duk') },
  // Topics and phrases, with and without diacritics (đ typed as d).
  // A topic by a few words: the topic pages first, then the plans built on them.
  { query: 'đại đoàn kết', page: '/chuyen-de/chuyen-de-2020-dai-doan-ket/', within: 2 },
  { query: 'dai doan ket', page: '/chuyen-de/chuyen-de-2020-dai-doan-ket/', within: 4 },
  { query: 'dai doan ket', page: PLAN('tra-vinh-147-kh-tu'), within: 4 },
  { query: 'dai doan ket', page: PLAN('tay-ninh-28-kh-duk'), within: 4 },
  { query: 'nguyen tac dai doan ket', page: '/chuyen-de/nguyen-tac-dai-doan-ket/' },
  { query: 'xây và chống', page: '/chuyen-de/xay-va-chong/' },
  { query: 'chu de nam 2018', page: '/chuyen-de/chu-de-2018-phong-cach-tac-phong/', within: 2 },
  // A commemoration by its name: its own page first, then the plan that names it.
  { query: 'Tua Hai', page: '/ngay-ky-niem/chien-thang-tua-hai/' },
  { query: 'chien thang tua hai', page: PLAN('tay-ninh-28-kh-duk'), within: 2 },
  { query: 'ngay thanh lap dang', page: '/ngay-ky-niem/thanh-lap-dang/' },
  { query: 'ngay sinh chu tich ho chi minh', page: '/ngay-ky-niem/sinh-nhat-bac/' },
  { query: 'sinh nhật Bác', page: PLAN('tay-ninh-28-kh-duk') },
  // A cited document by its number.
  { query: '733/QĐ-TTg', page: '/van-ban/733-qd-ttg/' },
  { query: '05-CT/TW', page: '/van-ban/05-ct-tw/' },
  // The plan and its appended đề cương are equally right.
  { query: 'sơ kết 04 năm', page: PLAN('quang-nam-59-kh-duk'), within: 2 },
  { query: 'so ket 04 nam chi thi', page: PLAN('quang-nam-59-kh-duk'), within: 2 },
  { query: 'de cuong bao cao so ket 04 nam', page: '/bieu-mau/quang-nam-59-kh-duk-de-cuong-so-ket/' },
  { query: 'nhân rộng mô hình điển hình tiên tiến', page: '/chuyen-de/mo-hinh-dien-hinh-tien-tien/' },
  { query: 'nhan rong mo hinh dien hinh tien tien', page: PLAN('tra-vinh-43-kh-duk'), within: 2 },
  { query: 'Kết luận 01-KL/TW', page: '/van-ban/01-kl-tw/' },
  { query: 'Kết luận 01-KL/TW', page: PLAN('tra-vinh-34-kh-duk'), within: 3 },
  { query: 'quang nam', page: PLAN('quang-nam-59-kh-duk') },
  // A province by today's name (provinces merged on 1/7/2025, content/provinces.yaml): the
  // former province's plans. Trà Vinh has three plans, all equally right, hence within 3
  // ("vinh long" also matches words of Trà Vinh's own plans; "da nang" needs today's name).
  { query: 'vinh long', page: PLAN('tra-vinh-34-kh-duk'), within: 3 },
  { query: 'vinh long', page: PLAN('tra-vinh-43-kh-duk'), within: 3 },
  { query: 'vinh long', page: PLAN('tra-vinh-147-kh-tu'), within: 3 },
  { query: 'Vĩnh Long', page: PLAN('tra-vinh-34-kh-duk'), within: 3 },
  { query: 'tinh vinh long', page: PLAN('tra-vinh-147-kh-tu'), within: 3 },
  { query: 'da nang', page: PLAN('quang-nam-59-kh-duk') },
  { query: 'đà nẵng', page: PLAN('quang-nam-59-kh-duk') },
  { query: 'thanh pho da nang', page: PLAN('quang-nam-59-kh-duk') },
  { query: 'trach nhiem neu guong', page: PLAN('tra-vinh-34-kh-duk'), within: 2 },
  // Three plans hold this phrase; each is equally right.
  { query: 'tu dien bien tu chuyen hoa', page: PLAN('tra-vinh-147-kh-tu'), within: 3 },
  { query: 'tu dien bien tu chuyen hoa', page: PLAN('tra-vinh-34-kh-duk'), within: 3 },
  { query: 'Bác Hồ và những bài học về đạo đức, lối sống', page: PLAN('tra-vinh-147-kh-tu') },
  { query: 'bac ho va nhung bai hoc ve dao duc', page: PLAN('tra-vinh-147-kh-tu') },
  { query: 'hính quyền', page: PLAN('tay-ninh-28-kh-duk') },
  { query: 'Nguyễn Văn Tám', page: PLAN('tra-vinh-34-kh-duk') },
  { query: 'cuoc thi viet tim hieu tu tuong', page: PLAN('tra-vinh-34-kh-duk'), within: 2 },
  { query: 'tổ chức hội nghị sơ kết 04 năm', page: PLAN('quang-nam-59-kh-duk') },
  // Form numbers and names: the form's own page.
  { query: 'mẫu số 02', page: '/bieu-mau/tra-vinh-43-kh-duk-mau-02/' },
  { query: 'mau so 03', page: '/bieu-mau/tra-vinh-43-kh-duk-mau-03/' },
  { query: 'mau 01', page: '/bieu-mau/tra-vinh-43-kh-duk-mau-01/', within: 2 },
  { query: 'bao cao to dang', page: '/bieu-mau/tay-ninh-28-kh-duk-bao-cao-to-dang/', within: 2 },
  // The timeline page.
  { query: 'mốc thời gian báo cáo kết quả thực hiện mô hình', page: '/moc-thoi-gian/', within: 3 },
  // Dates as printed.
  { query: '15/12', page: PLAN('tra-vinh-43-kh-duk') },
  { query: '20/02/2020', page: PLAN('tay-ninh-28-kh-duk') },
  { query: '27/01/2022', page: PLAN('tra-vinh-43-kh-duk') },
];

let pagefind: Awaited<ReturnType<typeof loadPagefind>>;
beforeAll(async () => {
  pagefind = await loadPagefind(requireBuilt(dist));
});
afterAll(() => pagefind?.close());

describe('search finds what cadres type', () => {
  test.each(QUERIES)('"$query" → $page', async ({ query, page, within = 1 }) => {
    const results = await pagefind.search(normaliseQuery(query));
    const urls = results.map((result) => result.url);
    expect(urls.slice(0, within)).toContain(page);
  });

  test('the table is big enough to mean something', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
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
