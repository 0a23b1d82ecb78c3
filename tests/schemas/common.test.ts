import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { isoDate, parsed, text, textOrNull } from '../../src/schemas/common';

const messages = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe('schema building blocks', () => {
  test('text is trimmed and must not be blank', () => {
    expect(text.parse('  Kế hoạch ')).toBe('Kế hoạch');
    expect(text.safeParse('   ').success).toBe(false);
    expect(text.safeParse(undefined).success).toBe(false);
  });

  test('textOrNull gives null when the source prints nothing, and still refuses blank text', () => {
    const schema = z.object({ name: textOrNull });
    expect(schema.parse({})).toEqual({ name: null });
    expect(schema.parse({ name: null })).toEqual({ name: null });
    expect(schema.safeParse({ name: ' ' }).success).toBe(false);
  });

  test("parsed reports the parser's own message on the field", () => {
    const even = parsed((value) => {
      if (value.length % 2 !== 0) throw new Error(`"${value}" has an odd length`);
      return value.length;
    });
    expect(even.parse('ab')).toBe(2);
    const result = z.object({ code: even }).safeParse({ code: 'abc' });
    expect(result.error?.issues).toMatchObject([{ path: ['code'], message: '"abc" has an odd length' }]);
  });

  test('parsed checks the string first with the schema it is given', () => {
    expect(
      messages(
        parsed((value) => value, text),
        ' ',
      ),
    ).toHaveLength(1);
    expect(parsed((value) => value, text).parse(' x ')).toBe('x');
  });

  test('isoDate wants YYYY-MM-DD and a day that exists', () => {
    expect(isoDate.parse('2020-02-29')).toBe('2020-02-29');
    expect(messages(isoDate, '29/02/2020')).toEqual(['must be a date written YYYY-MM-DD']);
    expect(messages(isoDate, '2021-02-29')).toEqual(['is not a real day']);
  });
});
