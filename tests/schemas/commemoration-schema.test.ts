import { describe, expect, test } from 'vitest';
import { commemorationSchema } from '../../src/schemas/commemoration';

const day = {
  name: 'Ngày sinh Chủ tịch Hồ Chí Minh',
  origin: { day: 19, month: 5, year: 1890 },
  scope: 'national',
  province: null,
  description: 'Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890).',
  source: 'Kế hoạch số 28-KH/ĐUK (Tây Ninh), mục II.7.',
  mentions: [{ plan: 'tay-ninh-28-kh-duk', quote: 'vào dịp sinh nhật Bác 19/5' }],
};

describe('commemoration aliases', () => {
  test('default to none', () => {
    expect(commemorationSchema.parse(day).aliases).toEqual([]);
  });

  test('are names a mention quote prints (in any case)', () => {
    expect(commemorationSchema.parse({ ...day, aliases: ['Sinh nhật Bác'] }).aliases).toEqual(['Sinh nhật Bác']);
  });

  test('a name no mention prints is refused, so search finds no made-up name', () => {
    const issues = commemorationSchema.safeParse({ ...day, aliases: ['ngày Bác ra đời'] }).error?.issues ?? [];
    expect(issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['aliases.0', '"ngày Bác ra đời" is not in any mention quote'],
    ]);
  });
});
