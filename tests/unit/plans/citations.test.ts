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
