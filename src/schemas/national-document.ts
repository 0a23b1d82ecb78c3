import { z } from 'astro/zod';
import { text } from './common';
import { publishedSourceSchema } from './province';

/**
 * content/documents.yaml: what the site knows of the national documents the plans cite
 * (Chỉ thị 05-CT/TW, Kết luận 01-KL/TW…) beyond number, date and issuer, which the pages
 * read from the citing sentences themselves (src/data/citations.ts):
 *
 * - `subjects`: the subject (trích yếu) as a plan prints it right after the number, date and
 *   issuer, verbatim; the build checks that the words follow a citation of this document in
 *   one paragraph of that plan, and the page links to that paragraph;
 * - `official`: the address of the official text on the Party's or the Government's
 *   document portal, only when verified, with how it was verified. Never a guessed URL.
 */
export const nationalDocumentSchema = z.object({
  /** As the plans print it, without spaces: "05-CT/TW". */
  number: text,
  subjects: z.array(z.object({ plan: text, quote: text })).default([]),
  official: publishedSourceSchema
    .extend({
      url: publishedSourceSchema.shape.url.refine(
        (url) => /^https:\/\/(?:[a-z0-9-]+\.)*(?:dangcongsan\.vn|chinhphu\.vn)\//u.test(url),
        "must be on the Party's (dangcongsan.vn) or the Government's (chinhphu.vn) portal",
      ),
    })
    .optional(),
});

export const nationalDocumentsFileSchema = z.array(nationalDocumentSchema).superRefine((documents, ctx) => {
  const seen = new Set<string>();
  documents.forEach((document, index) => {
    if (seen.has(document.number)) {
      ctx.addIssue({ code: 'custom', path: [index, 'number'], message: `"${document.number}" is listed twice` });
    }
    seen.add(document.number);
  });
});

export type NationalDocument = z.output<typeof nationalDocumentSchema>;
