import { describe, expect, test } from 'vitest';
import { citationLevel, citingPlans, documentKey, findCitations } from '../../../src/lib/plans/citations';

describe('findCitations', () => {
  test('reads type, number and date as printed', () => {
    const [citation] = findCitations('Thực hiện Kế hoạch số 35-KH/TU, ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy');
    expect(citation).toMatchObject({
      type: 'Kế hoạch',
      number: '35-KH/TU',
      date: '28/9/2021',
      text: 'Kế hoạch số 35-KH/TU, ngày 28/9/2021',
    });
  });

  test.each([
    ['Chỉ thị số 05-CT/TW của Bộ Chính trị', 'Chỉ thị', '05-CT/TW'],
    ['Chỉ thị số 05 - CT/TW, ngày 15/5/2016', 'Chỉ thị', '05-CT/TW'],
    ['Quyết định số 733/QĐ-TTg, ngày 14/6/2019', 'Quyết định', '733/QĐ-TTg'],
    ['Quy định số 08-QĐi/TW, ngày 25/10/2018', 'Quy định', '08-QĐi/TW'],
    ['(Công văn số 124-CV/VP.ĐUK, ngày 08/6/2021)', 'Công văn', '124-CV/VP.ĐUK'],
    ['Công văn số 1122-CV/BTGTU, ngày 03/3/2020', 'Công văn', '1122-CV/BTGTU'],
    ['Kế hoạch 297-KH/TU, ngày 10/02/2020', 'Kế hoạch', '297-KH/TU'],
    ['Chỉ thị số 27/CT-TTg, ngày 08/9/2016', 'Chỉ thị', '27/CT-TTg'],
    ['Nghị định 145/2013/NĐ-CP', 'Nghị định', '145/2013/NĐ-CP'],
    ['Quy định số 2400-QĐ/TU ngày 27/8/2012', 'Quy định', '2400-QĐ/TU'],
  ])('%s', (text, type, number) => {
    expect(findCitations(text).map((c) => [c.type, c.number])).toEqual([[type, number]]);
  });

  // Issue 17 item 7: phrasings as real documents print them, each with where it is printed.
  test.each([
    // content/sources/quang-nam-59-kh-duk.txt (the đề cương printed after 59-KH/ĐUK): the date in brackets.
    [
      'Kế hoạch 51-KH/TU (ngày 14/9/2016) của Ban Thường vụ Tỉnh ủy, Kế hoạch số 16-KH/ĐUK (ngày 07/10/2016)',
      [
        ['Kế hoạch 51-KH/TU (ngày 14/9/2016)', '51-KH/TU', '14/9/2016'],
        ['Kế hoạch số 16-KH/ĐUK (ngày 07/10/2016)', '16-KH/ĐUK', '07/10/2016'],
      ],
    ],
    // Gia Lai, Đảng bộ tỉnh (vietgiaitri.com/dang-bo-tinh-gia-lai-hoan-thanh-viec-to-chuc-dai-hoi-dang-bo-cap-huyen-va-tuong-duong-20200904i5207267/):
    // the date with dashes and no comma.
    [
      'Thực hiện Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị',
      [['Chỉ thị số 35-CT/TW ngày 30-5-2019', '35-CT/TW', '30-5-2019']],
    ],
    // Tuyên Quang (hdndtuyenquang.gov.vn/tin-hoat-dong/trang-402.html).
    [
      'việc thực hiện Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị',
      [['Chỉ thị số 05-CT/TW ngày 15-5-2016', '05-CT/TW', '15-5-2016']],
    ],
    // Yên Bái, Chỉ thị số 17 of the Ban Thường vụ Tỉnh ủy (yenbai.gov.vn, ItemID=26564): spaced number, no comma.
    [
      'quán triệt và thực hiện Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư',
      [['Kết luận số 100 - KL/TW ngày 18/8/2014', '100-KL/TW', '18/8/2014']],
    ],
  ])('%s', (text, expected) => {
    expect(findCitations(text).map((c) => [c.text, c.number, c.date])).toEqual(expected);
  });

  // Issue 17 item 7: the type word in any case, in the middle of a sentence; the type is given
  // as the site writes it, so one document does not get "CHỈ THỊ / Chỉ thị" as two types.
  test.each([
    ['văn bản theo hướng dẫn số 36-HD/VPTW của Văn phòng Trung ương', 'Hướng dẫn', '36-HD/VPTW'],
    ['các chi bộ thực hiện kế hoạch số 51-KH/TU của Tỉnh ủy', 'Kế hoạch', '51-KH/TU'],
    ['Chỉ thị số 05-CT/TW của Bộ Chính trị', 'Chỉ thị', '05-CT/TW'],
    ['sơ kết việc thực hiện chỉ thị số 05-CT/TW của Bộ Chính trị', 'Chỉ thị', '05-CT/TW'],
    ['BÁO CÁO SƠ KẾT CHỈ THỊ SỐ 05-CT/TW CỦA BỘ CHÍNH TRỊ', 'Chỉ thị', '05-CT/TW'],
    ['căn cứ quyết định số 733/QĐ-TTg', 'Quyết định', '733/QĐ-TTg'],
  ])('%s', (text, type, number) => {
    expect(findCitations(text).map((c) => [c.type, c.number])).toEqual([[type, number]]);
  });

  test('keeps the words as printed in the mention', () => {
    expect(findCitations('thực hiện kế hoạch số 51-KH/TU')[0]?.text).toBe('kế hoạch số 51-KH/TU');
  });

  test('reads a type word only as a whole word', () => {
    expect(findCitations('xLuật 145/2013/NĐ-CP')).toEqual([]);
  });

  // The date written out in long form, after a comma or not, or in brackets.
  test.each([
    [
      'Kế hoạch số 12-KH/TU, ngày 05 tháng 3 năm 2021 của Ban Thường vụ Tỉnh ủy',
      'Kế hoạch số 12-KH/TU, ngày 05 tháng 3 năm 2021',
      '05 tháng 3 năm 2021',
    ],
    [
      'Chỉ thị số 05-CT/TW ngày 15 tháng 5 năm 2016 của Bộ Chính trị',
      'Chỉ thị số 05-CT/TW ngày 15 tháng 5 năm 2016',
      '15 tháng 5 năm 2016',
    ],
    [
      'Kế hoạch 51-KH/TU (ngày 14 tháng 9 năm 2016)',
      'Kế hoạch 51-KH/TU (ngày 14 tháng 9 năm 2016)',
      '14 tháng 9 năm 2016',
    ],
  ])('%s', (text, mention, date) => {
    expect(findCitations(text).map((c) => [c.text, c.date])).toEqual([[mention, date]]);
  });

  // Phrasings printed by other publishers, each as the search excerpt showed it, with where it is printed.
  test.each([
    // Ban Thi đua - Khen thưởng tỉnh Lạng Sơn (thiduakhenthuong.langson.gov.vn/page_70nambacho). "văn bản số" is no type word.
    [
      'Thực hiện Chỉ thị số 22/CT-TW ngày 23/01/2018 của Ban Bí thư Trung ương Đảng về đẩy mạnh các phong trào thi đua yêu nước hướng tới kỷ niệm 70 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi Thi đua ái quốc (11/6/1948 - 11/6/2018) và chỉ đạo của UBND tỉnh tại văn bản số 238/UBND-KGVX ngày 19/3/2018',
      [['Chỉ thị', '22/CT-TW', '23/01/2018']],
    ],
    // Tỉnh ủy Quảng Trị (tinhuyquangtri.vn/Article/ViewList.aspx?mid=2542&pageid=379&pagenumber=54).
    [
      'việc thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (Chỉ thị 05), các cấp công đoàn trong tỉnh luôn sáng tạo, lựa chọn và quyết tâm thực hiện chỉ thị bằng những phương pháp mới',
      [['Chỉ thị', '05-CT/TW', '15/5/2016']],
    ],
    // Báo Kon Tum (m.baokontum.com.vn/thoi-su-chinh-tri-21.html?page=282); "Thông báo Kết luận số 159-TB" prints no code after a slash.
    [
      'Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp, tiến tới Đại hội XIII của Đảng; Thông báo Kết luận số 159-TB của Bộ Chính trị về việc thảo luận các văn kiện Đại hội XIII của Đảng …, ngày 10/9/2020 Ban Tuyên giáo Trung ương có Hướng dẫn số 151-HD/BTGTW về việc công bố',
      [
        ['Chỉ thị', '35-CT/TW', null],
        ['Hướng dẫn', '151-HD/BTGTW', null],
      ],
    ],
    // Hội Nông dân tỉnh An Giang (hoinongdanag.org.vn/wps/portal/tuyen-truyen/ky-niem-110-nam-ngay-sinh-dong-chi-chu-huy-man-1268).
    [
      'Thực hiện Hướng dẫn số 96-HD/BTGTW ngày 22/02/2023 của Ban Tuyên giáo Trung ương tuyên truyền kỷ niệm 110 năm Ngày sinh đồng chí Chu Huy Mân',
      [['Hướng dẫn', '96-HD/BTGTW', '22/02/2023']],
    ],
    [
      'theo các nội dung nêu trong Hướng dẫn số 54-HD/BTGTU, ngày 12/02/2022 của Ban Tuyên giáo Tỉnh ủy',
      [['Hướng dẫn', '54-HD/BTGTU', '12/02/2022']],
    ],
    // Tỉnh ủy Nghệ An (nghean.dcs.vn/vi-vn/chuyen-muc/dan-van-kheo/405534-193312).
    [
      'Trong thời gian qua, thực hiện Chỉ thị số 05-CT/TU, ngày 23/5/2021 của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả phong trào thi đua “Dân vận khéo”',
      [['Chỉ thị', '05-CT/TU', '23/5/2021']],
    ],
    // Mặt trận Tổ quốc Việt Nam (m.mattran.org.vn, "Quy định số 97-QĐ/TW của Bộ Chính trị …").
    [
      '(Mặt trận) - Tại Quy định số 97-QĐ/TW ngày 7/2/2023 của Bộ Chính trị về chức năng, nhiệm vụ',
      [['Quy định', '97-QĐ/TW', '7/2/2023']],
    ],
    // Quy chế 09-QC/TW of the Ban Bí thư, as vbpl.ts24.com.vn reprints it (articles/16000231875).
    [
      '- Căn cứ Nghị định số 42/2022/NĐ-CP, ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin',
      [['Nghị định', '42/2022/NĐ-CP', '24/6/2022']],
    ],
    [
      '- Căn cứ Thông báo số 05-TB/BCĐTW, ngày 04/7/2025 của Ban Chỉ đạo Trung ương',
      [['Thông báo', '05-TB/BCĐTW', '04/7/2025']],
    ],
    // A long-form date (seongay.com/nvdp-la-gi).
    [
      'quy định cụ thể tại Công văn số 879/VTLTNN-NVĐP ngày 19 tháng 12 năm 2006 của Cục Văn thư và Lưu trữ nhà nước',
      [['Công văn', '879/VTLTNN-NVĐP', '19 tháng 12 năm 2006']],
    ],
  ])('%s', (text, expected) => {
    expect(findCitations(text).map((c) => [c.type, c.number, c.date])).toEqual(expected);
  });

  // Found by citations.property.test.ts: the full stop was read into the issuer code, so
  // "05-CT/TW." was neither national nor the document 05-CT/TW.
  test.each([
    ['theo Chỉ thị số 05-CT/TW.', '05-CT/TW', 'trung-uong'],
    ['theo Công văn 124-CV/VP.ĐUK. Các chi bộ', '124-CV/VP.ĐUK', 'dang-uy-khoi'],
  ])('leaves a full stop after a number out of it: "%s"', (text, number, level) => {
    const [citation] = findCitations(text);
    expect(citation?.number).toBe(number);
    expect(citation?.text.endsWith(number)).toBe(true);
    expect(citationLevel(citation!.number)).toBe(level);
  });

  test('finds nothing where no number is printed', () => {
    expect(findCitations('Nghị quyết Trung ương 4 (khóa XI, khóa XII); Chỉ thị 05 của tỉnh')).toEqual([]);
  });
});

describe('identity and level', () => {
  test('national documents are the same everywhere; provincial ones belong to a province', () => {
    expect(documentKey('05-CT/TW', 'Tây Ninh')).toBe(documentKey('05-CT/TW', 'Trà Vinh'));
    expect(documentKey('169-KH/TU', 'Tây Ninh')).not.toBe(documentKey('169-KH/TU', 'Trà Vinh'));
    expect(documentKey('733/QĐ-TTg', 'Tây Ninh')).toBe('733-qd-ttg');
  });

  test('sorts documents into Trung ương, tỉnh and Đảng ủy Khối', () => {
    expect(citationLevel('01-KL/TW')).toBe('trung-uong');
    expect(citationLevel('10/CT-TTg')).toBe('trung-uong');
    expect(citationLevel('35-KH/TU')).toBe('tinh');
    expect(citationLevel('1122-CV/BTGTU')).toBe('tinh');
    expect(citationLevel('57-KH/ĐUK')).toBe('dang-uy-khoi');
    expect(citationLevel('124-CV/VP.ĐUK')).toBe('dang-uy-khoi');
  });
});

describe('citingPlans', () => {
  test('lists a plan that cites a document in two paragraphs once, with both paragraphs', () => {
    const mentions = [
      { planId: 'tra-vinh-43-kh-duk', planNumber: '43-KH/ĐUK', path: '/ke-hoach/tra-vinh-43-kh-duk/#doan-3' },
      { planId: 'tra-vinh-147-kh-tu', planNumber: '147-KH/TU', path: '/ke-hoach/tra-vinh-147-kh-tu/#doan-9' },
      { planId: 'tra-vinh-43-kh-duk', planNumber: '43-KH/ĐUK', path: '/ke-hoach/tra-vinh-43-kh-duk/#doan-21' },
      { planId: 'tra-vinh-43-kh-duk', planNumber: '43-KH/ĐUK', path: '/ke-hoach/tra-vinh-43-kh-duk/#doan-21' },
    ];
    expect(citingPlans(mentions)).toEqual([
      {
        planId: 'tra-vinh-43-kh-duk',
        planNumber: '43-KH/ĐUK',
        paths: ['/ke-hoach/tra-vinh-43-kh-duk/#doan-3', '/ke-hoach/tra-vinh-43-kh-duk/#doan-21'],
      },
      { planId: 'tra-vinh-147-kh-tu', planNumber: '147-KH/TU', paths: ['/ke-hoach/tra-vinh-147-kh-tu/#doan-9'] },
    ]);
  });

  test('gives nothing for no mention', () => {
    expect(citingPlans([])).toEqual([]);
  });
});
