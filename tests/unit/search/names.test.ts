import { describe, expect, test } from 'vitest';
import {
  commemorationNames,
  dateSpellings,
  documentNames,
  formNames,
  namesContent,
  planNames,
  printedDateSpellings,
  topicNames,
} from '../../../src/lib/search/names';

describe('dateSpellings', () => {
  test('every way a day and month are typed, with the year when known', () => {
    expect(dateSpellings(2, 9)).toEqual(['2/9', '2/09', '02/9', '02/09']);
    expect(dateSpellings(19, 5, 1890)).toEqual(['19/5', '19/05', '19/5/1890', '19/05/1890']);
    expect(dateSpellings(15, 12)).toEqual(['15/12']);
  });
});

describe('printedDateSpellings', () => {
  test('finds the days printed in a deadline, not other numbers', () => {
    expect(printedDateSpellings('trước ngày 15/12 hàng năm')).toEqual(['15/12']);
    expect(printedDateSpellings('trước ngày 27/01/2022')).toEqual(['27/1', '27/01', '27/1/2022', '27/01/2022']);
    expect(printedDateSpellings('tháng 02/2023, quý IV, 34-KH/ĐUK')).toEqual([]);
  });
});

describe('planNames', () => {
  test('a plan is named by its number in every spelling, "Kế hoạch 34", its province and its days', () => {
    const names = planNames({
      number: '34-KH/ĐUK',
      typeName: 'Kế hoạch',
      serial: '34',
      province: 'Trà Vinh',
      issued: '2021-10-20',
      deadlineLabels: ['trước ngày 15/12 hàng năm', 'thường xuyên'],
    });
    expect(names).toEqual([
      '34-KH/ĐUK',
      '34-KH/DUK',
      'KH34',
      '34khduk',
      'Kế hoạch 34',
      'Kế hoạch số 34',
      'Trà Vinh',
      '20/10',
      '20/10/2021',
      '15/12',
    ]);
  });
});

describe('formNames', () => {
  test('a form is named by its name, aliases, the words for a form and "mẫu" with its title', () => {
    expect(formNames('Mẫu số 03 — Báo cáo kết quả', ['mẫu 03'])).toEqual([
      'Mẫu số 03 — Báo cáo kết quả',
      'mẫu 03',
      'Biểu mẫu',
      'mẫu',
      'Biểu mẫu Báo cáo kết quả',
      'mẫu Báo cáo kết quả',
    ]);
  });
});

describe('commemorationNames', () => {
  test('a commemoration is named by its name, the other names the plans print and its day', () => {
    expect(
      commemorationNames('Ngày sinh Chủ tịch Hồ Chí Minh', ['sinh nhật Bác'], { day: 19, month: 5, year: 1890 }),
    ).toEqual(['Ngày sinh Chủ tịch Hồ Chí Minh', 'sinh nhật Bác', '19/5', '19/05', '19/5/1890', '19/05/1890']);
  });
});

describe('topicNames and documentNames', () => {
  test('a yearly topic is named by its kind and year', () => {
    expect(topicNames('Chủ đề năm', 'năm 2018')).toEqual(['Chủ đề năm 2018']);
    expect(topicNames('Chuyên đề toàn khóa', 'toàn khóa')).toEqual(['Chuyên đề toàn khóa']);
  });

  test('a cited document is named by its number and type; a Government number only as printed', () => {
    expect(documentNames('01-KL/TW', ['Kết luận'])).toEqual(
      ['01-KL/TW', '01-KL/TW', 'KL01', '01kltw', 'Kết luận 01-KL/TW', 'Kết luận số 01-KL/TW'].filter(
        (name, index, all) => all.indexOf(name) === index,
      ),
    );
    expect(documentNames('733/QĐ-TTg', ['Quyết định'])).toEqual([
      '733/QĐ-TTg',
      'Quyết định 733/QĐ-TTg',
      'Quyết định số 733/QĐ-TTg',
    ]);
  });
});

describe('namesContent', () => {
  test('joins the names and adds their đ-words folded, once', () => {
    expect(namesContent(['Ngày thành lập Đảng', '3/2'])).toBe('Ngày thành lập Đảng · 3/2 · dang');
  });
});
