import path from 'node:path';
import { provincesFileSchema, type ProvincesFile } from '../schemas/province';
import { compactName, provinceHistory, unlistedProvince, type ProvinceHistory } from '../lib/provinces/history';
import { config } from '../config';
import { readYamlFile } from './yaml-file';
import { CONTENT_FILES } from '../lib/site/content-folders';

/** The provinces file (see src/schemas/province.ts); a content folder without one knows no province. */
export const provincesFile: string = path.join(config.contentDir, CONTENT_FILES.provinces);

let provinces: ProvincesFile | undefined;

/** The provinces file, read and checked once per build (src/data/yaml-file.ts). */
export function getProvinces(): ProvincesFile {
  return (provinces ??= readYamlFile(provincesFile, provincesFileSchema, { resolutions: {}, provinces: [] }));
}

/**
 * A plan's province with what became of it. The integrity check has made sure every
 * published plan's is listed; a draft's may not be yet, and is then shown as printed, with
 * no history.
 */
export function historyOf(name: string): ProvinceHistory {
  return historyIn(getProvinces(), name);
}

/** A province's history in the given provinces file; a province it does not list has none. */
export function historyIn(file: ProvincesFile, name: string): ProvinceHistory {
  return provinceHistory(file, name) ?? unlistedProvince(name);
}

/** A province as a list prints it, for text built outside markup (select options, link text). */
export function provinceLabel(name: string): string {
  return compactName(historyOf(name));
}
