import { z } from 'astro/zod';
import { parseDocumentNumber } from '../lib/plans/document-number';

export { DOCUMENT_TYPES, ISSUER_NAMES, issuerName, parseDocumentNumber } from '../lib/plans/document-number';
export type { DocumentNumber, DocumentTypeCode } from '../lib/plans/document-number';

/** A Party document number, validated and parsed into its parts. */
export const documentNumberSchema = z.string().transform((value, ctx) => {
  try {
    return parseDocumentNumber(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});
