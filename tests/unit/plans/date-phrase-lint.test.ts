import { describe, expect, test } from 'vitest';
import { findDatePhrases, uncoveredDatePhrases } from '../../../src/lib/plans/date-phrase-lint';

describe('findDatePhrases', () => {
  test('finds every kind of time phrase the plans use', () => {
    const text =
      'trước ngày 20/02/2020; trước ngày 05-5-2020; cuối tháng 11 năm 2021; tháng 02/2023; quý IV năm 2021; quý I/2023; đầu quý IV; tháng 02 hàng năm; trước ngày 15/12 hằng năm; cuối năm';
    expect(findDatePhrases(text).map((found) => found.phrase)).toEqual([
      '20/02/2020',
      '05-5-2020',
      'cuối tháng 11',
      'tháng 02/2023',
      'quý IV',
      'quý I/2023',
      'đầu quý IV',
      'tháng 02',
      'hàng năm',
      '15/12',
      'hằng năm',
      'cuối năm',
    ]);
  });

  test('finds a month left blank for every month of a year, as a monthly report form prints it', () => {
    expect(
      findDatePhrases('BÁO CÁO tổng hợp kết quả … của đảng viên tháng .../2020; Trong tháng …/2021, thực hiện tốt').map(
        (found) => found.phrase,
      ),
    ).toEqual(['tháng .../2020', 'tháng …/2021']);
    // A blank month without a year ("ngày ... tháng ... năm 20...") states no time.
    expect(findDatePhrases('Tây Ninh, ngày ..... tháng ... năm 2020')).toEqual([]);
  });

  test('ignores words that only look like time phrases', () => {
    expect(
      findDatePhrases('người đứng đầu cấp ủy; đi đầu trong học tập; giai đoạn 2021 - 2025; 05-CT/TW; 733/QĐ-TTg'),
    ).toEqual([]);
  });
});

describe('uncoveredDatePhrases', () => {
  test('accepts phrases inside a deadline quote, a citation date or an anniversary span', () => {
    const text =
      'Thực hiện Kế hoạch số 35-KH/TU, ngày 28/9/2021 của Ban Thường vụ. Kỷ niệm (03/02/1930 - 03/02/2020). Thời hạn: trước ngày 20/02/2020.';
    expect(uncoveredDatePhrases(text, ['Thời hạn: **trước ngày 20/02/2020.**'])).toEqual([]);
  });

  test('reports a time phrase that nothing covers, with context', () => {
    const found = uncoveredDatePhrases('Báo cáo vào tháng 02 hàng năm.', []);
    expect(found.map((f) => f.phrase)).toEqual(['tháng 02', 'hàng năm']);
    expect(found[0]!.context).toContain('Báo cáo vào tháng 02');
  });

  test('an exemption quote covers its phrase', () => {
    expect(uncoveredDatePhrases('các chuyên đề hàng năm và phương châm', ['chuyên đề hàng năm'])).toEqual([]);
  });

  // Found by date-phrases.property.test.ts: a quote of emphasis markers alone reads as "",
  // which indexOf found at every index, the last one forever (the build ran out of memory).
  test.each(['**', '*', '\\*'])('a quote that reads as nothing (%j) covers nothing, and ends', (quote) => {
    expect(uncoveredDatePhrases('Báo cáo trước ngày 15/12.', [quote]).map((found) => found.phrase)).toEqual(['15/12']);
  });
});
