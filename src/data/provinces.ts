import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { provincesFileSchema, type ProvincesFile } from '../schemas/province';
import { ContentIntegrityError } from '../lib/plans/integrity';
import { compactName, provinceHistory, unlistedProvince, type ProvinceHistory } from '../lib/provinces/history';
import { config } from '../config';
import { CONTENT_FILES } from '../lib/site/content-folders';

/** The provinces file (see src/schemas/province.ts); a content folder without one knows no province. */
export const provincesFile: string = path.join(config.contentDir, CONTENT_FILES.provinces);

let provinces: ProvincesFile | undefined;

/** The provinces file, read and checked once per build (a malformed file stops it, naming file and field). */
export function getProvinces(): ProvincesFile {
  if (provinces) return provinces;
  if (!existsSync(provincesFile)) return (provinces = { resolutions: {}, provinces: [] });
  const result = provincesFileSchema.safeParse(parse(readFileSync(provincesFile, 'utf8')) ?? {});
  if (!result.success) {
    const file = path.relative(process.cwd(), provincesFile);
    throw new ContentIntegrityError(
      result.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`),
    );
  }
  return (provinces = result.data);
}

/**
 * A plan's province with what became of it. getPlans has checked that every published plan's
 * is listed; a draft's may not be yet, and is then shown as printed, with no history.
 */
export function historyOf(name: string): ProvinceHistory {
  return provinceHistory(getProvinces(), name) ?? unlistedProvince(name);
}

/** A province as a list prints it, for text built outside markup (select options, link text). */
export function provinceLabel(name: string): string {
  return compactName(historyOf(name));
}
