import { describe, expect, test } from 'vitest';
import { deadlineSchema } from '../../../src/schemas/deadline';
import { expandDeadline } from '../../../src/lib/deadlines/occurrences';
import { recurrenceRule, timelineEvents, type DeadlineInstance } from '../../../src/lib/deadlines/events';

const base = {
  task: 'Báo cáo kết quả',
  who: ['Chi bộ', 'Đảng ủy cơ sở'],
  actors: ['chi-bo', 'dang-uy-co-so'],
  quote: 'báo cáo **trước ngày 15/12**',
  label: 'l',
};
const parse = (deadline: Record<string, unknown>) => deadlineSchema.parse({ id: 'bao-cao', ...base, ...deadline });
/** The timeline's items of one deadline of plan "p". */
const items = (deadline: Record<string, unknown>, planId = 'p'): DeadlineInstance[] => {
  const parsed = parse(deadline);
  return expandDeadline(parsed).map((occurrence) => ({
    planId,
    planNumber: '43-KH/ĐUK',
    deadline: parsed,
    occurrence,
    path: `/ke-hoach/${planId}/#iii-p3`,
  }));
};
const events = (deadline: Record<string, unknown>, site?: URL) => timelineEvents(items(deadline), site, (path) => path);
const brief = (deadline: Record<string, unknown>) =>
  events(deadline).map(({ uid, date, recurrence, title }) => ({ uid, date, recurrence, title }));
const yearly = (every: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  kind: 'yearly',
  every,
  from: 2022,
  until: 2025,
  boundsQuote: 'giai đoạn 2021 - 2025',
  ...extra,
});

describe('recurrenceRule', () => {
  const rule = (deadline: Record<string, unknown>) => {
    const parsed = parse(deadline);
    const regular = expandDeadline(parsed).filter(
      (o): o is typeof o & { dueBy: string } => o.role === 'regular' && o.dueBy !== null,
    );
    return recurrenceRule(parsed, regular);
  };

  test("a month or a quarter each year is its month's last day, February included", () => {
    expect(rule(yearly({ type: 'month', month: 2 }))).toBe('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1');
    expect(rule(yearly({ type: 'quarter', quarter: 4 }))).toBe('FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1');
    expect(rule(yearly({ type: 'quarter', quarter: 4, part: 'start' }))).toBe('FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=-1');
  });

  test('a fixed day each year is its latest day allowed', () => {
    expect(rule(yearly({ type: 'day', day: 15, month: 12, before: true }))).toBe(
      'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=14',
    );
    expect(rule(yearly({ type: 'day', day: 15, month: 12 }))).toBe('FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15');
  });

  test('"trước ngày 01/03" moves to the end of February, which no fixed day follows: no rule', () => {
    expect(rule(yearly({ type: 'day', day: 1, month: 3, before: true }))).toBeNull();
  });

  test('years broken by an exception are not one rule', () => {
    const exceptions = [{ year: 2023, date: '2023-03-10', label: 'riêng năm 2023' }];
    expect(rule(yearly({ type: 'month', month: 2 }, { exceptions }))).toBeNull();
  });

  test("every month is every month's last day; a fixed time has no rule", () => {
    expect(rule({ kind: 'monthly', from: '2020-01', until: '2020-12' })).toBe('FREQ=MONTHLY;BYMONTHDAY=-1');
    expect(rule({ kind: 'day', date: '2020-02-20' })).toBeNull();
  });
});

describe('timelineEvents', () => {
  test('a fixed time is one event on its latest day allowed; work without a date is none', () => {
    expect(brief({ kind: 'day', date: '2020-02-20' })).toEqual([
      { uid: 'p-bao-cao', date: '2020-02-19', recurrence: null, title: 'Báo cáo kết quả (43-KH/ĐUK)' },
    ]);
    expect(events({ kind: 'ongoing' })).toEqual([]);
    expect(events({ kind: 'occasion', occasion: 'Dịp tổng kết cuối năm' })).toEqual([]);
  });

  test('a yearly rule is one recurring event from its first to its last regular instance, an exception an event of its own', () => {
    const exceptions = [{ year: 2022, date: '2021-12-15', label: 'riêng năm 2021 báo cáo trước ngày 15/12/2021' }];
    expect(brief(yearly({ type: 'month', month: 2 }, { exceptions }))).toEqual([
      {
        uid: 'p-bao-cao',
        date: '2023-02-28',
        recurrence: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1;UNTIL=20250228',
        title: 'Báo cáo kết quả (43-KH/ĐUK)',
      },
      {
        uid: 'p-bao-cao--2022',
        date: '2021-12-14',
        recurrence: null,
        title: 'Báo cáo kết quả (43-KH/ĐUK) (riêng năm 2021 báo cáo trước ngày 15/12/2021)',
      },
    ]);
  });

  test('regular instances no rule can say are listed year by year, each with its own UID', () => {
    expect(
      brief(yearly({ type: 'day', day: 1, month: 3, before: true }, { until: 2024 })).map(({ uid, date }) => [
        uid,
        date,
      ]),
    ).toEqual([
      ['p-bao-cao--2022', '2022-02-28'],
      ['p-bao-cao--2023', '2023-02-28'],
      ['p-bao-cao--2024', '2024-02-29'],
    ]);
  });

  test("a monthly report is one event repeating on every month's last day", () => {
    expect(brief({ kind: 'monthly', from: '2020-01', until: '2020-12' })).toEqual([
      {
        uid: 'p-bao-cao',
        date: '2020-01-31',
        recurrence: 'FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20201231',
        title: 'Báo cáo kết quả (43-KH/ĐUK)',
      },
    ]);
  });

  test('the description names plan, who, to whom, the quote and the source; the link is absolute when the site is known', () => {
    const [relative] = events({ kind: 'day', date: '2020-02-20', reportTo: 'Ban Tuyên giáo' });
    expect(relative!.description).toBe(
      [
        'Kế hoạch: 43-KH/ĐUK',
        'Ai làm: Chi bộ; Đảng ủy cơ sở',
        'Gửi/báo cáo: Ban Tuyên giáo',
        '“báo cáo trước ngày 15/12”',
        'Xem đoạn gốc: /ke-hoach/p/#iii-p3',
      ].join('\n'),
    );
    expect(relative!.url).toBeNull();
    const [absolute] = timelineEvents(
      items({ kind: 'day', date: '2020-02-20' }),
      new URL('https://example.org/'),
      (path) => `/so-tay${path}`,
    );
    expect(absolute!.url).toBe('https://example.org/so-tay/ke-hoach/p/#iii-p3');
    expect(absolute!.description.split('\n').at(-1)).toBe(
      'Xem đoạn gốc: https://example.org/so-tay/ke-hoach/p/#iii-p3',
    );
  });

  test('items are taken deadline by deadline, in the order they come, whatever their dates', () => {
    const monthly = items({ kind: 'monthly', from: '2020-01', until: '2020-03' });
    const day = items({ id: 'truoc', kind: 'day', date: '2019-05-01' });
    const other = items({ kind: 'day', date: '2018-01-01' }, 'q');
    const uids = timelineEvents([...monthly, ...day, ...other], undefined, (path) => path).map((event) => event.uid);
    expect(uids).toEqual(['p-bao-cao', 'p-truoc', 'q-bao-cao']);
  });
});
