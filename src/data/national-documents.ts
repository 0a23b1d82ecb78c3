import path from 'node:path';
import { nationalDocumentsFileSchema, type NationalDocument } from '../schemas/national-document';
import { config } from '../config';
import { readYamlFile } from './yaml-file';
import { CONTENT_FILES } from '../lib/site/content-folders';

/** What the site knows of the national documents the plans cite (src/schemas/national-document.ts). */
export const nationalDocumentsFile: string = path.join(config.contentDir, CONTENT_FILES.nationalDocuments);

let documents: NationalDocument[] | undefined;

/** The file, read and checked once per build (src/data/yaml-file.ts); none when absent. */
export function getNationalDocuments(): NationalDocument[] {
  return (documents ??= readYamlFile(nationalDocumentsFile, nationalDocumentsFileSchema, []));
}
