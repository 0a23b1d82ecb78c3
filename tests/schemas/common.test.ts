import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { isoDate, oneOf, parsed, taggedUnion, text, textOrNull } from '../../src/schemas/common';
import { provinceSchema } from '../../src/schemas/province';

const messages = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe('schema building blocks', () => {
  test('oneOf names a value that only looks allowed with the code points of both', () => {
    const unit = oneOf(['tỉnh', 'thành phố']);
    expect(unit.parse('tỉnh')).toBe('tỉnh');
    expect(messages(unit, 'tỉnh'.normalize('NFD'))).toEqual([
      `"${'tỉnh'.normalize('NFD')}" (U+0074 U+0069 U+0309 U+006E U+0068) is not one of "tỉnh" (U+0074 U+1EC9 U+006E U+0068), ` +
        '"thành phố" (U+0074 U+0068 U+00E0 U+006E U+0068 U+0020 U+0070 U+0068 U+1ED1)',
    ]);
    // The provinces file's unit is one (src/schemas/province.ts).
    expect(
      provinceSchema.safeParse({ name: 'A', now: { unit: 'tinh', name: 'A' }, sources: [] }).error?.issues[0]?.message,
    ).toMatch(/^"tinh" \(U\+0074 U\+0069 U\+006E U\+0068\) is not one of "tỉnh" \(U\+0074 U\+1EC9/u);
  });

  test('taggedUnion names an unknown tag the way oneOf does, and checks a known one as its object', () => {
    const block = taggedUnion('kind', [
      z.object({ kind: z.literal('day'), n: z.number() }),
      z.object({ kind: z.literal('tháng') }),
    ]);
    expect(messages(block, { kind: 'thang' })).toEqual([
      '"thang" (U+0074 U+0068 U+0061 U+006E U+0067) is not one of "day" (U+0064 U+0061 U+0079), "tháng" (U+0074 U+0068 U+00E1 U+006E U+0067)',
    ]);
    expect(messages(block, {})).toEqual([
      'required: one of "day" (U+0064 U+0061 U+0079), "tháng" (U+0074 U+0068 U+00E1 U+006E U+0067)',
    ]);
    expect(block.safeParse({ kind: 'day' }).error?.issues[0]?.path).toEqual(['n']);
  });

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
