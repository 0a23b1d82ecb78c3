/**
 * Queries as cadres type them (often on a phone, often without diacritics), each with the
 * page that must come first, or within the top `within` where several pages are equally
 * right (each such entry says why). One table for two runs: through the real Pagefind index
 * in Node (tests/build/search-queries.test.ts) and through the real search page in
 * Chromium (tests/e2e/search-queries.e2e.test.ts), with the query rewriting the page applies.
 */
export interface SearchCase {
  query: string;
  page: string;
  within?: number;
}

export const PLAN = (id: string) => `/ke-hoach/${id}/`;
const FORM = (id: string) => `/bieu-mau/${id}/`;
const DAY = (id: string) => `/ngay-ky-niem/${id}/`;
const TOPIC = (id: string) => `/chuyen-de/${id}/`;

export const SEARCH_CASES: SearchCase[] = [
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
  { query: 'chu de nam 2018', page: '/chuyen-de/chu-de-2018-phong-cach-tac-phong/' },
  // A commemoration by its name: its own page first, then the plan that names it.
  { query: 'Tua Hai', page: '/ngay-ky-niem/chien-thang-tua-hai/' },
  { query: 'chien thang tua hai', page: PLAN('tay-ninh-28-kh-duk'), within: 2 },
  { query: 'ngay thanh lap dang', page: '/ngay-ky-niem/thanh-lap-dang/' },
  { query: 'ngay sinh chu tich ho chi minh', page: '/ngay-ky-niem/sinh-nhat-bac/' },
  // The commemoration is the day (issue 16); the plan that prints "sinh nhật Bác 19/5" comes next.
  { query: 'sinh nhật Bác', page: '/ngay-ky-niem/sinh-nhat-bac/' },
  { query: 'sinh nhật Bác', page: PLAN('tay-ninh-28-kh-duk'), within: 2 },
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
  // Issue 16: a plan by its number in any spelling, before the timeline that lists it.
  { query: 'ke hoach 34', page: PLAN('tra-vinh-34-kh-duk') },
  { query: 'kế hoạch 34', page: PLAN('tra-vinh-34-kh-duk') },
  { query: 'kh 34', page: PLAN('tra-vinh-34-kh-duk') },
  { query: 'kh34', page: PLAN('tra-vinh-34-kh-duk') },
  { query: 'ke  hoach   43', page: PLAN('tra-vinh-43-kh-duk') },
  { query: 'ke hoach so 147', page: PLAN('tra-vinh-147-kh-tu') },
  { query: 'KẾ HOẠCH 28', page: PLAN('tay-ninh-28-kh-duk') },
  { query: '59 KH DUK', page: PLAN('quang-nam-59-kh-duk') },
  // A province's plans by its name, before its commemoration and its cited documents.
  { query: 'tay ninh', page: PLAN('tay-ninh-28-kh-duk') },
  { query: 'Tây Ninh', page: PLAN('tay-ninh-28-kh-duk') },
  { query: 'TAY NINH', page: PLAN('tay-ninh-28-kh-duk') },
  { query: 'Quảng Nam', page: PLAN('quang-nam-59-kh-duk') },
  { query: 'ke hoach quang nam', page: PLAN('quang-nam-59-kh-duk') },
  // Three plans are Trà Vinh's; each is equally right.
  { query: 'tra vinh', page: PLAN('tra-vinh-147-kh-tu'), within: 3 },
  { query: 'tra vinh', page: PLAN('tra-vinh-34-kh-duk'), within: 3 },
  { query: 'tra vinh', page: PLAN('tra-vinh-43-kh-duk'), within: 3 },
  // A form for the form words, its number and its title words.
  // Every form answers to "mẫu" and "biểu mẫu": the first result must be one of the five.
  { query: 'mau', page: FORM('tra-vinh-43-kh-duk-mau-01'), within: 5 },
  { query: 'bieu mau', page: FORM('tra-vinh-43-kh-duk-mau-02'), within: 5 },
  { query: 'mẫu báo cáo', page: FORM('tay-ninh-28-kh-duk-bao-cao-to-dang') },
  // Two forms are reports (mẫu 03 and the Tổ đảng report); both are equally right.
  { query: 'mau bao cao', page: FORM('tra-vinh-43-kh-duk-mau-03'), within: 2 },
  { query: 'mau bao cao', page: FORM('tay-ninh-28-kh-duk-bao-cao-to-dang'), within: 2 },
  { query: 'mau 03', page: FORM('tra-vinh-43-kh-duk-mau-03') },
  { query: 'mẫu 02', page: FORM('tra-vinh-43-kh-duk-mau-02') },
  { query: 'mau 02 mo hinh', page: FORM('tra-vinh-43-kh-duk-mau-02') },
  { query: 'bang tong hop dang ky mo hinh', page: FORM('tra-vinh-43-kh-duk-mau-02') },
  { query: 'bao cao ket qua thuc hien mo hinh', page: FORM('tra-vinh-43-kh-duk-mau-03') },
  { query: 'bao cao thang to dang', page: FORM('tay-ninh-28-kh-duk-bao-cao-to-dang') },
  { query: 'de cuong so ket 4 nam', page: FORM('quang-nam-59-kh-duk-de-cuong-so-ket') },
  { query: 'đề cương sơ kết', page: FORM('quang-nam-59-kh-duk-de-cuong-so-ket') },
  // A commemoration by its name or its day, as typed with "/" or "-".
  { query: '2/9', page: DAY('quoc-khanh') },
  { query: '02/9', page: DAY('quoc-khanh') },
  { query: '2-9', page: DAY('quoc-khanh') },
  { query: 'quoc khanh 2/9', page: DAY('quoc-khanh') },
  { query: 'ngay quoc khanh', page: DAY('quoc-khanh') },
  { query: '3/2', page: DAY('thanh-lap-dang') },
  { query: 'thanh lap dang 3/2', page: DAY('thanh-lap-dang') },
  { query: '19-5', page: DAY('sinh-nhat-bac') },
  { query: '19/5', page: DAY('sinh-nhat-bac') },
  { query: 'sinh nhat bac', page: DAY('sinh-nhat-bac') },
  { query: 'sinh nhật Bác 19/5', page: DAY('sinh-nhat-bac') },
  { query: '30/4', page: DAY('giai-phong-mien-nam') },
  { query: 'giai phong mien nam', page: DAY('giai-phong-mien-nam') },
  { query: '26/1', page: DAY('chien-thang-tua-hai') },
  { query: 'cach mang thang tam', page: DAY('cach-mang-thang-tam') },
  // A plan by a day it sets, typed without the zeros.
  { query: '27/1/2022', page: PLAN('tra-vinh-43-kh-duk') },
  // A topic by its title words.
  { query: 'xay va chong', page: TOPIC('xay-va-chong') },
  { query: 'nêu gương', page: TOPIC('neu-guong') },
  { query: 'phong cach tac phong', page: TOPIC('chu-de-2018-phong-cach-tac-phong') },
  // No page is about a ten-year review: the topic on reviewing Chỉ thị 05 and the plan for its
  // four-year review are equally right (and "10 nam chi" must not be read as a number).
  { query: 'tong ket 10 nam chi thi 05', page: TOPIC('so-ket-tong-ket-chi-thi-05'), within: 2 },
  { query: 'so ket tong ket chi thi 05', page: TOPIC('so-ket-tong-ket-chi-thi-05') },
  { query: 'mo hinh dien hinh tien tien', page: TOPIC('mo-hinh-dien-hinh-tien-tien') },
  // Half-typed last words and a dropped letter, as on a phone.
  { query: 'sinh nhat ba', page: DAY('sinh-nhat-bac') },
  { query: 'chien thang tua', page: DAY('chien-thang-tua-hai') },
  { query: 'nguyen tac dai doan', page: TOPIC('nguyen-tac-dai-doan-ket') },
  { query: 'quoc khan', page: DAY('quoc-khanh') },
  // The timeline by its own name.
  { query: 'mốc thời gian', page: '/moc-thoi-gian/' },
];
