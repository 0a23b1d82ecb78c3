import { z } from 'astro/zod';
import { planQuoteSchema, text, textOrNull } from './common';

/** A study topic (chuyên đề) or a theme the plans are built on. */
export const topicSchema = z.object({
  /** Official title, verbatim as the plans print it. */
  title: text,
  kind: z.enum(['chuyen-de-toan-khoa', 'chuyen-de-nam', 'chu-de-nam', 'theme']),
  /** Year or term as printed: "năm 2020", "toàn khóa". */
  period: textOrNull,
  /** Who issued or compiled it, as printed; null when the plans do not say. */
  issuer: textOrNull,
  /** Tài liệu học tập, as printed in the plans. */
  studyMaterials: z.array(planQuoteSchema).default([]),
  /** Tài liệu tham khảo, as printed in the plans. */
  referenceMaterials: z.array(planQuoteSchema).default([]),
  /** What to remember, each a verbatim quote with its source paragraph. */
  keyPoints: z.array(planQuoteSchema).min(1),
});

export type Topic = z.output<typeof topicSchema>;
