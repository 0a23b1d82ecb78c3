import { z } from 'astro/zod';
import { isRealDate } from '../lib/text/vietnamese-date';
import { planQuoteSchema, text, textOrNull, oneOf } from './common';

/** A day the plans commemorate, counted in anniversaries. */
export const commemorationSchema = z
  .object({
    /** The name as the plans print it. */
    name: text,
    /** The day it happened. */
    origin: z
      .object({ day: z.number().int(), month: z.number().int(), year: z.number().int() })
      .refine(({ day, month, year }) => isRealDate(year, month, day), 'is not a real day'),
    /** National, or a province's own (e.g. Tua Hai for Tây Ninh). */
    scope: oneOf(['national', 'province']),
    province: textOrNull,
    /** A short description, in the editors' words. */
    description: text,
    /** Where the facts come from. */
    source: text,
    /** The plans that tie work to it, each with the words that do. */
    mentions: z.array(planQuoteSchema).min(1),
    /**
     * Other names the plans print for it ("sinh nhật Bác"), which search finds it by; each
     * must be words of one of its mention quotes, so no name is made up.
     */
    aliases: z.array(text).default([]),
  })
  .superRefine((entry, ctx) => {
    entry.aliases.forEach((alias, index) => {
      const lower = alias.toLocaleLowerCase('vi');
      if (!entry.mentions.some((mention) => mention.quote.toLocaleLowerCase('vi').includes(lower))) {
        ctx.addIssue({ code: 'custom', path: ['aliases', index], message: `"${alias}" is not in any mention quote` });
      }
    });
    if (entry.scope === 'province' && !entry.province) {
      ctx.addIssue({ code: 'custom', path: ['province'], message: 'required when scope is "province"' });
    }
  });

export type Commemoration = z.output<typeof commemorationSchema>;
