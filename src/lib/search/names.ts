import { documentNumberSpellings, foldedDWords } from './terms';

/**
 * What a page is called, as cadres type it: the words that name the thing a page IS
 * (a plan's number and province, a form's name and number, a commemoration's name and
 * day), as opposed to words it merely mentions. They are indexed as a metadata field of
 * their own (NAMES_FIELD, weighted by RANKING in rank.ts), so a page whose names hold
 * the query ranks above the pages that list it (the timeline, a cited document's page).
 */
export const NAMES_FIELD = 'ten';

/** A day and month in the spellings cadres type: "2/9", "02/9", "2/09", "02/09" (and the year when known). */
export function dateSpellings(day: number, month: number, year?: number | null): string[] {
  const days = [String(day), String(day).padStart(2, '0')];
  const months = [String(month), String(month).padStart(2, '0')];
  const short = [...new Set(days.flatMap((d) => months.map((m) => `${d}/${m}`)))];
  return year ? [...short, ...short.map((dayMonth) => `${dayMonth}/${year}`)] : short;
}

/** An ISO date ("2021-10-20") in the spellings of dateSpellings, with its year. */
export function isoDateSpellings(iso: string): string[] {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return dateSpellings(day, month, year);
}

const PRINTED_DATE = /(?<!\d)(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?!\d)/gu;

/** The days printed in a text ("trước ngày 15/12 hàng năm", "27/01/2022"), in the spellings of dateSpellings. */
export function printedDateSpellings(text: string): string[] {
  return [...text.matchAll(PRINTED_DATE)].flatMap(([, day, month, year]) =>
    dateSpellings(Number(day), Number(month), year ? Number(year) : null),
  );
}

export interface PlanNameParts {
  /** The number as printed ("34-KH/ĐUK"). */
  number: string;
  /** The type's name ("Kế hoạch") and serial ("34"). */
  typeName: string;
  serial: string;
  province: string;
  /** ISO issue date, when printed. */
  issued: string | null;
  /** The times of its deadlines as printed ("trước ngày 15/12 hàng năm"): the days it is looked up by. */
  deadlineLabels: readonly string[];
}

/** A plan is called by its number (any spelling, "Kế hoạch 34"), its province and its dates. */
export function planNames(plan: PlanNameParts): string[] {
  return [
    ...new Set([
      ...documentNumberSpellings(plan.number),
      `${plan.typeName} ${plan.serial}`,
      `${plan.typeName} số ${plan.serial}`,
      plan.province,
      ...(plan.issued ? isoDateSpellings(plan.issued) : []),
      ...plan.deadlineLabels.flatMap(printedDateSpellings),
    ]),
  ];
}

/**
 * A topic is found by its title (Pagefind's own title field); the yearly and whole-term
 * topics are also called by their kind and year: "Chủ đề năm 2018", "Chuyên đề toàn khóa".
 */
export function topicNames(kindLabel: string, period: string | null): string[] {
  const year = /^năm (\d{4})$/u.exec(period ?? '')?.[1];
  return [year ? `${kindLabel} ${year}` : kindLabel];
}

/** A cited document is called by its type and number ("Kết luận 01-KL/TW") in any spelling. */
export function documentNames(number: string, types: readonly string[]): string[] {
  const spellings = [number, ...safeSpellings(number)];
  return [...new Set([...spellings, ...types.flatMap((type) => [`${type} ${number}`, `${type} số ${number}`])])];
}

/** A Party number's other spellings; a Government one ("733/QĐ-TTg") is only looked up as printed. */
function safeSpellings(number: string): string[] {
  try {
    return documentNumberSpellings(number);
  } catch {
    return [];
  }
}

/** The generic words for a form, which every form answers to ("mau", "bieu mau"). */
export const FORM_WORDS = ['Biểu mẫu', 'mẫu'];

/**
 * A form is called by its name, its aliases ("mẫu số 03", "mẫu 03"), the words for a form,
 * and its title after them, as cadres ask for it: "mẫu báo cáo kết quả…" for "Mẫu số 03 —
 * Báo cáo kết quả…".
 */
export function formNames(name: string, aliases: readonly string[]): string[] {
  const title = name.split(' — ').at(-1)!;
  return [name, ...aliases, ...FORM_WORDS, ...FORM_WORDS.map((word) => `${word} ${title}`)];
}

/** A commemoration is called by its name, the other names the plans print for it and its day. */
export function commemorationNames(
  name: string,
  aliases: readonly string[],
  origin: { day: number; month: number; year: number },
): string[] {
  return [name, ...aliases, ...dateSpellings(origin.day, origin.month, origin.year)];
}

/**
 * The names as the field's content: each name, then its words with đ folded to d
 * ("Đảng" → "dang"), which Pagefind does not fold by itself. Deduplicated, in order.
 */
export function namesContent(names: readonly string[]): string {
  return [...new Set([...names, ...foldedDWords(names.join(' '))])].join(' · ');
}
