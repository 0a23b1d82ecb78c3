import { z } from 'astro/zod';
import { planQuoteSchema, text, textOrNull, oneOf } from './common';

/** A study topic (chuyên đề) or a theme the plans are built on. */
export const topicSchema = z.object({
  /** Official title, verbatim as the plans print it. */
  title: text,
  kind: oneOf(['chuyen-de-toan-khoa', 'chuyen-de-nam', 'chu-de-nam', 'theme']),
  /** Year or term as printed: "năm 2020", "toàn khóa". */
  period: textOrNull,
  /** Who issued or compiled it, as printed; null when the plans do not say. */
  issuer: textOrNull,
  /**
   * Other words the plans name the topic by, verbatim (e.g. "chuyên đề năm 2020"): with the
   * title, they find the sections, deadlines, forms and commemorations a topic page gathers
   * (src/lib/topics/hub.ts). Each must occur in a plan that carries the topic out.
   */
  aliases: z.array(text).default([]),
  /** Tài liệu học tập, as printed in the plans. */
  studyMaterials: z.array(planQuoteSchema).default([]),
  /** Tài liệu tham khảo, as printed in the plans. */
  referenceMaterials: z.array(planQuoteSchema).default([]),
  /** What to remember, each a verbatim quote with its source paragraph. */
  keyPoints: z.array(planQuoteSchema).min(1),
});

export type Topic = z.output<typeof topicSchema>;
