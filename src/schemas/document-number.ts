import { parseDocumentNumber } from '../lib/plans/document-number';
import { parsed } from './common';

export { DOCUMENT_TYPES, ISSUER_NAMES, issuerName, parseDocumentNumber } from '../lib/plans/document-number';
export type { DocumentNumber, DocumentTypeCode } from '../lib/plans/document-number';

/** A Party document number, validated and parsed into its parts. */
export const documentNumberSchema = parsed(parseDocumentNumber);
