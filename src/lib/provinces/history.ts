import type { Province, ProvincesFile, Resolution } from '../../schemas/province';
import { compareVietnamese } from '../text/collate';
import { foldVietnamese } from '../text/slug';
import { lookAlikeHint } from '../text/code-points';
import { t } from '../../i18n/t';

/**
 * What became of the provinces the plans name: the province as printed, the unit its land
 * belongs to today, and the checks that every plan's province is known. Data comes from
 * content/provinces.yaml (src/schemas/province.ts); the words pages print live in vi.json.
 */

/** A province as pages show it, with today's unit when it was reorganised. */
export interface ProvinceHistory {
  name: string;
  /** The unit today ("tỉnh", "Vĩnh Long"). */
  now: { unit: string; name: string };
  /** Whether it was reorganised (joined with others, or into another unit). */
  reorganised: boolean;
  /** Whether today's unit kept the printed name (Tây Ninh joined with Long An). */
  sameName: boolean;
  mergedWith: string[];
  since: string | null;
  resolution: Resolution | null;
}

export function provinceHistory(file: ProvincesFile, name: string): ProvinceHistory | null {
  const province = file.provinces.find((entry) => entry.name === name);
  if (!province) return null;
  return historyOf(file, province);
}

/** A province the file does not list (only a draft can name one): as printed, nothing more known. */
export function unlistedProvince(name: string): ProvinceHistory {
  return {
    name,
    now: { unit: '', name },
    reorganised: false,
    sameName: true,
    mergedWith: [],
    since: null,
    resolution: null,
  };
}

function historyOf(file: ProvincesFile, province: Province): ProvinceHistory {
  const sameName = province.now.name === province.name;
  return {
    name: province.name,
    now: province.now,
    reorganised: !sameName || province.mergedWith.length > 0,
    sameName,
    mergedWith: province.mergedWith,
    since: province.since ?? null,
    resolution: province.resolution ? (file.resolutions[province.resolution] ?? null) : null,
  };
}

/**
 * What the province is today, in the words that follow its printed name; null when it was
 * not reorganised. "full" is for a plan's own page ("nay thuộc tỉnh Tây Ninh mới, gồm cả
 * Long An"); "compact" fits a line of a list ("nay gồm cả Long An"). Wording in vi.json.
 */
export function nowPhrase(history: ProvinceHistory, variant: 'full' | 'compact'): string | null {
  if (!history.reorganised) return null;
  const values = { unit: history.now.unit, now: history.now.name, others: joinNames(history.mergedWith) };
  if (!history.sameName) return t('province.nowPartOf', values);
  return variant === 'full'
    ? t('province.nowMerged', { ...values, others: history.mergedWith.join(', ') })
    : t('province.nowMergedCompact', values);
}

/** The province as a list prints it: "Trà Vinh, nay thuộc tỉnh Vĩnh Long"; as printed when not reorganised. */
export function compactName(history: ProvinceHistory): string {
  const now = nowPhrase(history, 'compact');
  return now ? t('province.compact', { name: history.name, now }) : history.name;
}

/** Every plan whose province is not in the provinces file, naming file and field. */
export function findProvinceProblems(
  plans: readonly { file: string; province: string }[],
  file: ProvincesFile,
  provincesFile: string,
): string[] {
  const known = new Set(file.provinces.map((province) => province.name));
  return plans.flatMap((plan) =>
    known.has(plan.province)
      ? []
      : [
          `${plan.file}: province "${plan.province}" is not in ${provincesFile}${lookAlikeHint(plan.province, known)}: add it there with the unit it belongs to today and a published source`,
        ],
  );
}

/**
 * Today's unit in the spellings a reader may type, for the search index: as printed, and
 * with đ folded to d when it has one ("thành phố Đà Nẵng", "thanh pho da nang"), since
 * the index folds tones but not đ. Empty when the province was not reorganised.
 */
export function todaysNames(history: ProvinceHistory): string[] {
  if (!history.reorganised) return [];
  const name = `${history.now.unit} ${history.now.name}`;
  return [...new Set([name, /đ/iu.test(name) ? foldVietnamese(name) : name])];
}

/** One former province's link in the index, with its number of plans. */
export interface FormerProvinceLink {
  slug: string;
  label: string;
  count: number;
}

/** The province index: today's units in alphabetical order, each with the printed provinces beneath. */
export interface TodayGroup<T extends FormerProvinceLink> {
  now: { unit: string; name: string };
  /** Whether any province beneath was reorganised into it. */
  reorganised: boolean;
  provinces: (T & { history: ProvinceHistory })[];
}

export function groupByToday<T extends FormerProvinceLink>(file: ProvincesFile, links: readonly T[]): TodayGroup<T>[] {
  const groups = new Map<string, TodayGroup<T>>();
  for (const link of links) {
    // Only a draft can name a province the file does not list yet (the integrity check refuses the rest).
    const history = provinceHistory(file, link.label) ?? unlistedProvince(link.label);
    const key = `${history.now.unit} ${history.now.name}`;
    let group = groups.get(key);
    if (!group) {
      group = { now: history.now, reorganised: false, provinces: [] };
      groups.set(key, group);
    }
    group.reorganised ||= history.reorganised;
    group.provinces.push({ ...link, history });
  }
  const byName = (a: { name: string }, b: { name: string }) => compareVietnamese(a.name, b.name);
  for (const group of groups.values()) group.provinces.sort((a, b) => byName(a.history, b.history));
  return [...groups.values()].sort((a, b) => byName(a.now, b.now));
}

/** Names joined as Vietnamese prose: "A", "A và B", "A, B và C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`;
}
