import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { nationalDocumentsFileSchema, type NationalDocument } from '../schemas/national-document';
import { ContentIntegrityError } from '../lib/plans/integrity';
import { config } from '../config';
import { CONTENT_FILES } from '../lib/site/content-folders';

/** What the site knows of the national documents the plans cite (src/schemas/national-document.ts). */
export const nationalDocumentsFile: string = path.join(config.contentDir, CONTENT_FILES.nationalDocuments);

let documents: NationalDocument[] | undefined;

/** The file, read and checked once per build (a malformed file stops it, naming file and field); none when absent. */
export function getNationalDocuments(): NationalDocument[] {
  if (documents) return documents;
  if (!existsSync(nationalDocumentsFile)) return (documents = []);
  const result = nationalDocumentsFileSchema.safeParse(parse(readFileSync(nationalDocumentsFile, 'utf8')) ?? []);
  if (!result.success) {
    const file = path.relative(process.cwd(), nationalDocumentsFile);
    throw new ContentIntegrityError(
      result.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`),
    );
  }
  return (documents = result.data);
}
