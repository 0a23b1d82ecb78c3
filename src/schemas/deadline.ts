import { z } from 'astro/zod';
import { isoDate, text, textOrNull, oneOf, taggedUnion } from './common';

const year = z.number().int().min(1900).max(2100);
const month = z.number().int().min(1).max(12);
const quarter = z.number().int().min(1).max(4);

/** What every deadline states, whatever its kind of time. */
const common = {
  /** Unique within the plan; part of calendar UIDs, so keep it stable. */
  id: z.string().regex(/^[a-z0-9-]+$/u, 'must be an unaccented slug'),
  /** What must be done. */
  task: text,
  /**
   * Who must do it, as the plan names them (shown as printed). At least one, except in a
   * draft plan (the plan schema checks it, see planSchema), where the importer may not know.
   */
  who: z.array(text),
  /**
   * The same bodies as ids of the actors list (content/actors.yaml) of the plan's issuer, so
   * the timeline filters by body, not by spelling; the build fails on an unknown id.
   */
  actors: z.array(z.string().regex(/^[a-z0-9-]+$/u, 'must be an unaccented slug')),
  /** To whom it is reported or sent, when the plan says. */
  reportTo: textOrNull,
  /** The form (biểu mẫu) to use, by its id, when one exists. */
  form: z.string().nullable().default(null),
  /** The words of the plan that set the deadline, verbatim (Markdown markers aside). */
  quote: text,
  /** The time as the source states it: "trước ngày 20/02/2020", "tháng 02 hàng năm". */
  label: text,
};

/** A recurring point in a year. */
const yearlyRule = taggedUnion('type', [
  z.object({ type: z.literal('month'), month }),
  z.object({ type: z.literal('day'), day: z.number().int().min(1).max(31), month, before: z.boolean().default(false) }),
  z.object({ type: z.literal('quarter'), quarter, part: oneOf(['whole', 'start']).default('whole') }),
]);

export const deadlineSchema = taggedUnion('kind', [
  /** "trước ngày 20/02/2020" (before: true), "ngày 19/5/2020". */
  z.object({ ...common, kind: z.literal('day'), date: isoDate, before: z.boolean().default(true) }),
  /** "cuối tháng 11 năm 2021", "tháng 02/2023": the month's last day. */
  z.object({ ...common, kind: z.literal('month'), year, month }),
  /** "quý IV năm 2021", "quý I/2023" (whole), "đầu quý IV" (start: its first month). */
  z.object({ ...common, kind: z.literal('quarter'), year, quarter, part: oneOf(['whole', 'start']).default('whole') }),
  /** "tháng 02 hàng năm", "trước ngày 15/12 hàng năm", bounded by the plan's period. */
  z.object({
    ...common,
    kind: z.literal('yearly'),
    every: yearlyRule,
    from: year,
    until: year,
    /** The words that set the bounds ("giai đoạn 2021 - 2025"). */
    boundsQuote: text,
    /** Years handled differently, exactly as the source says. */
    exceptions: z.array(z.object({ year, date: isoDate, before: z.boolean().default(true), label: text })).default([]),
  }),
  /** Every month of a period (the Tổ đảng monthly report). */
  z.object({
    ...common,
    kind: z.literal('monthly'),
    from: z.string().regex(/^\d{4}-\d{2}$/u),
    until: z.string().regex(/^\d{4}-\d{2}$/u),
  }),
  /** "trước 02 ngày" before an event that has no date of its own. */
  z.object({ ...common, kind: z.literal('relative'), days: z.number().int().positive(), event: text }),
  /** "vào dịp sinh nhật Bác 19/5", "dịp tổng kết cuối năm": a date when the occasion has one. */
  z.object({ ...common, kind: z.literal('occasion'), occasion: text, date: isoDate.nullable().default(null) }),
  /** "thường xuyên", "định kỳ": work without a date. */
  z.object({ ...common, kind: z.literal('ongoing') }),
]);

export type Deadline = z.output<typeof deadlineSchema>;

/** A date phrase in a plan that is not a deadline, and why (checked by the linter). */
export const dateMentionSchema = z.object({ quote: text, reason: text });
