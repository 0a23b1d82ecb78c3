import { describe, expect, test } from 'vitest';
import { deadlineSchema } from '../../../src/schemas/deadline';
import { expandDeadline } from '../../../src/lib/deadlines/occurrences';

const base = { task: 'Báo cáo', who: ['Chi bộ'], quote: 'q', label: 'l' };
const expand = (deadline: Record<string, unknown>) =>
  expandDeadline(deadlineSchema.parse({ id: 'x', ...base, ...deadline })).map((o) => [o.dueBy, o.period]);

describe('expandDeadline', () => {
  test('a day "trước ngày 20/02/2020"', () => {
    expect(expand({ kind: 'day', date: '2020-02-20' })).toEqual([['2020-02-19', 'Ngày 20/02/2020']]);
  });

  test('a month and a quarter', () => {
    expect(expand({ kind: 'month', year: 2021, month: 11 })).toEqual([['2021-11-30', 'Tháng 11/2021']]);
    expect(expand({ kind: 'quarter', year: 2021, quarter: 4 })).toEqual([['2021-12-31', 'Quý IV/2021']]);
    expect(expand({ kind: 'quarter', year: 2022, quarter: 4, part: 'start' })).toEqual([['2022-10-31', 'Đầu quý IV/2022']]);
  });

  test('expands "tháng 02 hàng năm" within the plan period, with the 2021 exception exact', () => {
    const occurrences = expand({
      kind: 'yearly',
      every: { type: 'month', month: 2 },
      from: 2022,
      until: 2025,
      boundsQuote: 'nhiệm kỳ 2020 - 2025',
      exceptions: [{ year: 2022, date: '2021-12-15', label: 'riêng năm 2021 báo cáo trước ngày 15/12/2021' }],
    });
    expect(occurrences).toEqual([
      ['2021-12-14', 'Ngày 15/12/2021'],
      ['2023-02-28', 'Tháng 02/2023'],
      ['2024-02-29', 'Tháng 02/2024'],
      ['2025-02-28', 'Tháng 02/2025'],
    ]);
  });

  test('expands "trước ngày 15/12 hàng năm"', () => {
    const occurrences = expand({
      kind: 'yearly',
      every: { type: 'day', day: 15, month: 12, before: true },
      from: 2022,
      until: 2023,
      boundsQuote: 'giai đoạn 2021 - 2025',
    });
    expect(occurrences.map(([due]) => due)).toEqual(['2022-12-14', '2023-12-14']);
  });

  test('a monthly report gives one instance a month', () => {
    const occurrences = expand({ kind: 'monthly', from: '2020-11', until: '2021-02' });
    expect(occurrences.map(([due]) => due)).toEqual(['2020-11-30', '2020-12-31', '2021-01-31', '2021-02-28']);
  });

  test('work without a date has no due day', () => {
    expect(expand({ kind: 'ongoing' })).toEqual([[null, 'Thường xuyên']]);
    expect(expand({ kind: 'relative', days: 2, event: 'mỗi buổi học tập' })[0]![0]).toBeNull();
    expect(expand({ kind: 'occasion', occasion: 'Dịp tổng kết cuối năm' })).toEqual([[null, 'Dịp tổng kết cuối năm']]);
  });

  test('the schema rejects an impossible day and an unknown kind', () => {
    expect(deadlineSchema.safeParse({ id: 'x', ...base, kind: 'day', date: '2021-02-29' }).success).toBe(false);
    expect(deadlineSchema.safeParse({ id: 'x', ...base, kind: 'week' }).success).toBe(false);
  });
});
