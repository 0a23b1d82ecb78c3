import path from 'node:path';
import { nationalDocumentsFileSchema, type NationalDocument } from '../schemas/national-document';
import { config } from '../config';
import { readDataFile } from './data-file';

/** What the site knows of the national documents the plans cite (src/schemas/national-document.ts). */
export const nationalDocumentsFile: string = path.join(config.contentDir, 'documents.yaml');

let documents: NationalDocument[] | undefined;

/** The file, read and checked once per build (a malformed file stops it, naming file and field); none when absent. */
export function getNationalDocuments(): NationalDocument[] {
  return (documents ??= readDataFile(nationalDocumentsFile, nationalDocumentsFileSchema, []));
}
