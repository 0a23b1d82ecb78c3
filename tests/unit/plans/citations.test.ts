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
