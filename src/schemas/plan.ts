import { z } from 'astro/zod';
import { documentNumberSchema } from './document-number';
import { parsePlaceDateLine } from '../lib/text/vietnamese-date';
import { dateMentionSchema, deadlineSchema } from './deadline';
import { editorialNoteSchema, parsed, text, textOrNull, oneOf } from './common';

/** The place-and-date line as printed, parsed into place and ISO date. */
const dateLineSchema = parsed((line) => {
  const { place, iso } = parsePlaceDateLine(line);
  return { line, place, iso };
}, text);

/** Signature block as printed; a part the source does not print is null. */
export const signerSchema = z.object({
  /** "T/M BAN THƯỜNG VỤ" */
  onBehalfOf: textOrNull,
  /** "PHÓ BÍ THƯ" */
  position: textOrNull,
  /** "(Đã ký)" */
  signedMark: textOrNull,
  name: textOrNull,
});

export const planSchema = z
  .object({
    /**
     * "draft": imported by `npm run import` and not yet reviewed. A draft is on the site with
     * a banner, stays out of the timeline and the calendar and JSON feeds, and the build
     * relaxes the checks an unreviewed import cannot meet (who and actors of a deadline, the
     * time-phrase lint). Removing the line after review restores every check.
     */
    status: oneOf(['published', 'draft']).default('published'),
    /** Số và ký hiệu, canonical (no spaces): "34-KH/ĐUK". */
    number: documentNumberSchema,
    /** The number as the header prints it, when that differs from `number`. */
    numberAsPrinted: text.optional(),
    /** Document type word as printed above the title: "KẾ HOẠCH". */
    documentType: text,
    /** Trích yếu, verbatim. */
    title: text,
    /** Header lines left of the national motto, above the "*": [superior body, issuing body]. */
    headerLeft: z.array(text).max(3).default([]),
    /** "Trà Vinh, ngày 20 tháng 10 năm 2021" as printed, or null when the source prints none. */
    dateLine: dateLineSchema.nullable(),
    /** Why there is no date line (required exactly when dateLine is null). */
    undatedReason: text.optional(),
    /** The issuing body as the plan's own text names it. */
    issuer: text,
    /** Province the plan belongs to. */
    province: text,
    /** The printed words that establish the province. */
    provinceEvidence: text,
    /** Documents the plan says it implements, verbatim. */
    basis: z.array(text).default([]),
    /** Signature block, or null when the source prints none. */
    signer: signerSchema.nullable(),
    /** Nơi nhận, one item per recipient, verbatim. */
    recipients: z.array(text).default([]),
    /** Forms appended after the signature; transcribed in the forms collection. */
    attachments: z.array(z.object({ title: text })).default([]),
    /**
     * The plain text this plan is transcribed from: a file of the content folder's sources/
     * (the build fails when it is not there), served as /ke-hoach/<id>.txt.
     */
    source: z.object({
      file: z.string().regex(/^[\w.-]+\.txt$/u, 'must be a file name in sources/ like tra-vinh-34-kh-duk.txt'),
      /** Last line of the source text that belongs to the plan; later lines are attachments. */
      lastLine: z.number().int().positive(),
    }),
    editorialNotes: z.array(editorialNoteSchema).default([]),
    /** Ids of plans on this site that this plan says it implements (e.g. 43-KH/ĐUK → 34-KH/ĐUK). */
    implementsPlans: z.array(z.string()).default([]),
    /** Ids of the topics (chuyên đề, themes) the plan carries out. */
    topics: z.array(z.string()).default([]),
    /**
     * The years the plan is carried out in, as the plan prints them, or null when it prints
     * none (then `periodReason` says so): whether it is still in force is computed from this
     * for the reader's date. Each quote must occur in the plan's text.
     */
    period: z
      .object({
        from: z.number().int().min(1900).max(2100),
        until: z.number().int().min(1900).max(2100),
        /** The printed words that state the period, verbatim. */
        quotes: z.array(text).min(1),
      })
      .refine((period) => period.from <= period.until, { message: 'from must not be after until', path: ['until'] })
      .nullable(),
    /** Why there is no period (required exactly when period is null). */
    periodReason: text.optional(),
    /** Every deadline the plan sets (see schemas/deadline.ts). */
    deadlines: z.array(deadlineSchema).default([]),
    /** Time phrases in the body that are not deadlines, each with the reason. */
    dateMentions: z.array(dateMentionSchema).default([]),
  })
  .superRefine((plan, ctx) => {
    if (plan.status !== 'draft') {
      plan.deadlines.forEach((deadline, index) => {
        for (const field of ['who', 'actors'] as const) {
          if (deadline[field].length === 0)
            ctx.addIssue({
              code: 'custom',
              path: ['deadlines', index, field],
              message: 'must name at least one body (only a draft, status: draft, may leave it empty)',
            });
        }
      });
    }
    if (plan.dateLine === null && !plan.undatedReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['undatedReason'],
        message: 'required when dateLine is null: say why the plan has no date (never guess one)',
      });
    }
    if (plan.period === null && !plan.periodReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['periodReason'],
        message: 'required when period is null: say why the plan has no period (never guess one)',
      });
    }
    if (plan.period !== null && plan.periodReason) {
      ctx.addIssue({ code: 'custom', path: ['periodReason'], message: 'must be absent when period is given' });
    }
    if (plan.dateLine !== null && plan.undatedReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['undatedReason'],
        message: 'must be absent when dateLine is given',
      });
    }
  })
  .transform((plan) => {
    const [superiorBody = null, issuingBody = null] =
      plan.headerLeft.length >= 2 ? plan.headerLeft : [null, plan.headerLeft[0] ?? null];
    return {
      ...plan,
      numberAsPrinted: plan.numberAsPrinted ?? plan.number.raw,
      superiorBody,
      issuingBody,
      /** ISO issue date, or null when the source prints none. */
      issued: plan.dateLine?.iso ?? null,
      place: plan.dateLine?.place ?? null,
      undatedReason: plan.undatedReason ?? null,
      periodReason: plan.periodReason ?? null,
    };
  });

export type Plan = z.output<typeof planSchema>;
