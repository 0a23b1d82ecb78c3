import { z } from 'astro/zod';
import { isRealDate } from '../lib/text/vietnamese-date';
import { notOneOf } from '../lib/text/code-points';

/**
 * The building blocks the content schemas share (plan, deadline, form, topic,
 * commemoration), so that a rule and the message an editor reads are written once.
 */

/** Text an editor must give: surrounding spaces dropped, then at least one character. */
export const text = z.string().trim().min(1);

/** Text the source may not print: absent or null gives null. */
export const textOrNull = text.nullable().default(null);

/**
 * One of `values`. Any other value is named with the values allowed, with code points when
 * they are not plain ASCII (notOneOf), so a look-alike ("tỉnh" with a decomposed ỉ, a tone on
 * another vowel) shows how it differs instead of seeming to be the value it is refused for.
 */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (issue) => notOneOf(issue.input, values) });
}

/**
 * A union of objects told apart by the value of `key` (a z.literal or oneOf in each), whose
 * unknown `key` is named the way oneOf names a value.
 */
export function taggedUnion<
  const K extends string,
  const O extends readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]],
>(key: K, options: O) {
  return z.discriminatedUnion(key, options, {
    error: (issue) => {
      if (issue.code !== 'invalid_union' || !('options' in issue) || !Array.isArray(issue.options)) return undefined;
      const input = issue.input as Record<string, unknown> | undefined;
      return notOneOf(input?.[key], issue.options.map(String));
    },
  });
}

/**
 * A string turned into its parsed value by `parse` (a parser from src/lib). When the parser
 * throws, its message is reported on the field, so the build names the file, the field and
 * what is wrong with the value. `from` checks the string first (plain string by default).
 */
export function parsed<T>(parse: (value: string) => T, from: z.ZodType<string> = z.string()) {
  return from.transform((value, ctx) => {
    try {
      return parse(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });
}

/** A calendar day, YYYY-MM-DD, that exists (a value not written so gets only that message). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, { message: 'must be a date written YYYY-MM-DD', abort: true })
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return isRealDate(y, m, d);
  }, 'is not a real day');

/** Words of a plan, verbatim, by the plan's id; pages link to the paragraph holding them. */
export const planQuoteSchema = z.object({ plan: text, quote: text });

/** A misprint kept as printed, shown to readers as "Ghi chú biên tập". */
export const editorialNoteSchema = z.object({
  /** The words exactly as printed; must occur in the plan or form that carries the note. */
  quote: text,
  /** What the editors say about it, in Vietnamese. */
  note: text,
});
