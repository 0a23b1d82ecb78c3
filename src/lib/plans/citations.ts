import { slugify } from '../text/slug.ts';

/** Words that open a citation, as the plans print them. */
export const CITATION_TYPES = [
  'Chỉ thị',
  'Kết luận',
  'Nghị quyết',
  'Quy định',
  'Quyết định',
  'Kế hoạch',
  'Hướng dẫn',
  'Công văn',
  'Chương trình',
  'Nghị định',
  'Thông báo',
  'Luật',
] as const;

/** A document mentioned in a text, as printed there. */
export interface Citation {
  /** Where it starts and ends in the text it was found in. */
  start: number;
  end: number;
  /** The whole mention as printed: "Kế hoạch số 35-KH/TU, ngày 28/9/2021", "kế hoạch số 51-KH/TU". */
  text: string;
  /** Type word as the site writes it, whatever the case printed: "Kế hoạch" for "kế hoạch" or "KẾ HOẠCH". */
  type: (typeof CITATION_TYPES)[number];
  /** Number and code without spaces: "35-KH/TU", "733/QĐ-TTg". */
  number: string;
  /**
   * The date as printed right after the number, or in brackets after it: "28/9/2021",
   * "30-5-2019", "14/9/2016" of "(ngày 14/9/2016)", "05 tháng 3 năm 2021".
   */
  date: string | null;
}

const LETTERS = 'A-Za-zĐđ';
// 05-CT/TW, 05 - CT/TW, 08-QĐi/TW, 124-CV/VP.ĐUK, 733/QĐ-TTg, 27/CT-TTg, 145/2013/NĐ-CP. A dot
// joins two codes ("VP.ĐUK"); one after the last is the sentence's full stop ("… Chỉ thị 05-CT/TW.").
const NUMBER = `\\d{1,5}(?:\\s*-\\s*[${LETTERS}]+(?:\\/[${LETTERS}]+(?:\\.[${LETTERS}]+)*)+|\\/(?:\\d{4}\\/)?[${LETTERS}]+-[${LETTERS}]+)`;
// 28/9/2021; 30-5-2019 as some provinces print it; "05 tháng 3 năm 2021" written out.
const DATE = '\\d{1,2}\\/\\d{1,2}\\/\\d{4}|\\d{1,2}-\\d{1,2}-\\d{4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}';
// Case-insensitive: documents print the type word in the middle of a sentence in lower case
// ("theo hướng dẫn số …") and in titles in capitals ("CHỈ THỊ SỐ …"). A type word is a whole
// word: no letter right before it.
const CITATION = new RegExp(
  `(?<!\\p{L})(${CITATION_TYPES.join('|')})(?:\\s+số)?\\s+(${NUMBER})(?:,?\\s*ngày\\s+(${DATE})|\\s*\\(\\s*ngày\\s+(${DATE})\\s*\\))?`,
  'giu',
);

const TYPE_BY_WORD: ReadonlyMap<string, (typeof CITATION_TYPES)[number]> = new Map(
  CITATION_TYPES.map((type) => [type.toLocaleLowerCase('vi'), type]),
);

/** Finds every cited document (type word, optional "số", number, optional date) in a text. */
export function findCitations(text: string): Citation[] {
  return [...text.matchAll(CITATION)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    type: TYPE_BY_WORD.get(match[1]!.toLocaleLowerCase('vi'))!,
    number: match[2]!.replace(/\s+/gu, ''),
    date: match[3] ?? match[4] ?? null,
  }));
}

/** National documents (…/TW, …-TTg, …/NĐ-CP) are one document everywhere. */
export function isNational(number: string): boolean {
  return /\/TW$|-TTg$|\/NĐ-CP$/u.test(number);
}

export type CitationLevel = 'trung-uong' | 'tinh' | 'dang-uy-khoi';

/** Trung ương, tỉnh (…/TU, …/BTGTU, -NC …) or Đảng ủy Khối (…/ĐUK, …/VP.ĐUK). */
export function citationLevel(number: string): CitationLevel {
  if (isNational(number)) return 'trung-uong';
  if (/ĐUK$/u.test(number)) return 'dang-uy-khoi';
  return 'tinh';
}

/**
 * The identity of a cited document: the number alone for national documents; number and
 * province for provincial ones, since 169-KH/TU of Tây Ninh is not 169-KH/TU of Trà Vinh.
 */
export function documentKey(number: string, province: string): string {
  return isNational(number) ? slugify(number) : `${slugify(number)}-${slugify(province)}`;
}

/** A plan that cites a document, with every paragraph of it that does. */
export interface CitingPlan {
  planId: string;
  planNumber: string;
  /** Site paths of the citing paragraphs, in the order the plan prints them. */
  paths: string[];
}

/**
 * The plans that cite a document, each once, in order of first mention. A document keeps one
 * mention per citing paragraph (its page shows each), so a plan citing it in two paragraphs
 * (43-KH/ĐUK cites 34-KH/ĐUK twice) would otherwise be listed twice where plans are listed.
 */
export function citingPlans(mentions: readonly { planId: string; planNumber: string; path: string }[]): CitingPlan[] {
  const plans = new Map<string, CitingPlan>();
  for (const mention of mentions) {
    const plan = plans.get(mention.planId);
    if (plan) {
      if (!plan.paths.includes(mention.path)) plan.paths.push(mention.path);
    } else {
      plans.set(mention.planId, { planId: mention.planId, planNumber: mention.planNumber, paths: [mention.path] });
    }
  }
  return [...plans.values()];
}
