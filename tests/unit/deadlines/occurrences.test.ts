import { describe, expect, test } from 'vitest';
import { deadlineSchema } from '../../../src/schemas/deadline';
import { expandDeadline } from '../../../src/lib/deadlines/occurrences';

const base = { task: 'Báo cáo', who: ['Chi bộ'], actors: ['chi-bo'], quote: 'q', label: 'l' };
const expand = (deadline: Record<string, unknown>) =>
  expandDeadline(deadlineSchema.parse({ id: 'x', ...base, ...deadline })).map((o) => [o.dueBy, o.period]);

describe('expandDeadline', () => {
  test('a day "trước ngày 20/02/2020"', () => {
    expect(expand({ kind: 'day', date: '2020-02-20' })).toEqual([['2020-02-19', 'Ngày 20/02/2020']]);
  });

  test('a month and a quarter', () => {
    expect(expand({ kind: 'month', year: 2021, month: 11 })).toEqual([['2021-11-30', 'Tháng 11/2021']]);
    expect(expand({ kind: 'quarter', year: 2021, quarter: 4 })).toEqual([['2021-12-31', 'Quý IV/2021']]);
    expect(expand({ kind: 'quarter', year: 2022, quarter: 4, part: 'start' })).toEqual([
      ['2022-10-31', 'Đầu quý IV/2022'],
    ]);
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

  test('marks each instance as the only one, a regular one of its rule, or an exception, with the year it stands for', () => {
    const roles = (deadline: Record<string, unknown>) =>
      expandDeadline(deadlineSchema.parse({ id: 'x', ...base, ...deadline })).map((o) => [o.dueBy, o.role, o.year]);
    expect(roles({ kind: 'day', date: '2020-02-20' })).toEqual([['2020-02-19', 'once', null]]);
    expect(roles({ kind: 'ongoing' })).toEqual([[null, 'once', null]]);
    expect(roles({ kind: 'monthly', from: '2020-11', until: '2020-12' })).toEqual([
      ['2020-11-30', 'regular', null],
      ['2020-12-31', 'regular', null],
    ]);
    expect(
      roles({
        kind: 'yearly',
        every: { type: 'day', day: 1, month: 1, before: true },
        from: 2022,
        until: 2023,
        boundsQuote: 'q',
        exceptions: [{ year: 2021, date: '2020-12-15', label: 'riêng năm 2021' }],
      }),
    ).toEqual([
      ['2020-12-14', 'exception', 2021],
      // "trước ngày 01/01/2022" falls in 2021, and still stands for the rule's year 2022.
      ['2021-12-31', 'regular', 2022],
      ['2022-12-31', 'regular', 2023],
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
