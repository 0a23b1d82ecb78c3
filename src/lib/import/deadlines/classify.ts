/**
 * What a time phrase sets, read from the phrase and the words around it: a day, a month, a
 * month of every year, every month of a year, a quarter, an occasion; or, when it sets no
 * date of its own, the reason (a person then reviews it as a date mention).
 */
import { isRealDate, toIsoDate } from '../../text/vietnamese-date.ts';
import type { Period, PhraseKind } from './types.ts';

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

const NO_PERIOD = 'hạn hằng năm nhưng văn bản không in thời kỳ thực hiện';

/** A phrase with the words around it, as each reading below needs them. */
interface Phrase {
  phrase: string;
  after: string;
  period: Period | null;
  /** "trước (ngày)" before it: the latest day allowed is the day before. */
  strict: boolean;
  /** What the label repeats of the words before it: "trước ngày ", "trước ", "ngày " or nothing. */
  lead: string;
  /** "hàng năm" right after it. */
  yearly: RegExpExecArray | null;
  /** "năm 2021" right after it. */
  yearAfter: RegExpExecArray | null;
}

type Yearly = Extract<PhraseKind, { kind: 'yearly' }>;

/** A yearly rule over the plan's printed period. */
const everyYear = (period: Period, every: Yearly['every'], label: string): Yearly => ({
  kind: 'yearly',
  every,
  from: period.from,
  until: period.until,
  boundsQuote: period.quote,
  exceptions: [],
  label,
});

/** "27/01/2022" (a day), "15/12" (a day of every year, or no year printed). */
function dayPhrase({ phrase, period, strict, lead, yearly }: Phrase): PhraseKind | string | null {
  let match: RegExpExecArray | null;
  if ((match = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/u.exec(phrase))) {
    const [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (!isRealDate(y, m, d)) return `"${phrase}" không phải một ngày có thật`;
    return { kind: 'day', date: toIsoDate(y, m, d), before: strict, label: `${lead}${phrase}` };
  }
  if ((match = /^(\d{1,2})[/-](\d{1,2})$/u.exec(phrase))) {
    const [d, m] = [Number(match[1]), Number(match[2])];
    if (yearly && period && isRealDate(2000, m, d))
      return everyYear(period, { type: 'day', day: d, month: m, before: strict }, `${lead}${phrase}${yearly[0]}`);
    return yearly ? NO_PERIOD : `"${phrase}" không in năm`;
  }
  return null;
}

/** "tháng 02/2023", "cuối tháng 11" (năm 2021 after it, or every year), "tháng .../2020" (every month of the year). */
function monthPhrase({ phrase, period, yearly, yearAfter }: Phrase): PhraseKind | string | null {
  let match: RegExpExecArray | null;
  if ((match = /^(?:(cuối|đầu)\s+)?tháng\s+(\d{1,2})(?:\/(\d{4}))?$/u.exec(phrase))) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return `"${phrase}" không phải một tháng`;
    const year = match[3] ? Number(match[3]) : yearAfter ? Number(yearAfter[1]) : null;
    if (year !== null) return { kind: 'month', year, month, label: `${phrase}${match[3] ? '' : yearAfter![0]}` };
    if (yearly && period) return everyYear(period, { type: 'month', month }, `${phrase}${yearly[0]}`);
    return yearly ? NO_PERIOD : `"${phrase}" không in năm`;
  }
  // "tháng .../2020": the month left blank, every month of that year (a monthly report).
  if ((match = /^tháng\s+(?:\.{2,}|…)\s*\/\s*(\d{4})$/u.exec(phrase))) {
    return { kind: 'monthly', from: `${match[1]}-01`, until: `${match[1]}-12`, label: `hằng tháng (${phrase})` };
  }
  return null;
}

/** "quý IV/2021", "đầu quý IV" (năm … after it), "quý IV hàng năm" (every year of the period). */
function quarterPhrase({ phrase, after, period, yearAfter }: Phrase): PhraseKind | string | null {
  const match = /^(?:(đầu|cuối)\s+)?quý\s+([IV]+)(?:\/(\d{4}))?$/iu.exec(phrase);
  if (!match) return null;
  const quarter = ROMAN[match[2]!];
  const year = match[3] ? Number(match[3]) : yearAfter ? Number(yearAfter[1]) : null;
  if (!quarter) return `"${phrase}" không phải một quý`;
  const part = match[1]?.toLowerCase() === 'đầu' ? 'start' : 'whole';
  // "quý IV hàng năm", "quý IV của năm trước đó": a quarter of every year of the period.
  const every = /^\s*(?:h[àằ]ng\s+năm|của\s+năm\s+trước(?:\s+đó)?)/u.exec(after);
  // "cuối quý IV" is due by the quarter's end, as "quý IV" is.
  if (year === null && every && period)
    return everyYear(period, { type: 'quarter', quarter, part }, `${phrase}${every[0]}`);
  if (year === null) return `"${phrase}" không in năm`;
  return { kind: 'quarter', year, quarter, part, label: `${phrase}${match[3] ? '' : yearAfter![0]}` };
}

/** "cuối năm", "đầu năm" without a year: the year-end (or start) occasion, dated by a person. */
function yearEdgePhrase({ phrase, period, yearAfter }: Phrase): PhraseKind | null {
  const match = /^(cuối|đầu)\s+năm$/iu.exec(phrase);
  if (!match || yearAfter) return null;
  // A plan of one printed year ("chuyên đề năm 2020"): "cuối năm" is that year's last month.
  if (period && period.from === period.until && match[1]!.toLowerCase() === 'cuối')
    return { kind: 'month', year: period.from, month: 12, label: phrase };
  return { kind: 'occasion', occasion: phrase, date: null, label: phrase };
}

/**
 * What a time phrase sets, read from the phrase and the words around it; a reason instead
 * when it sets no date of its own (no year printed, a bare "hàng năm", a yearly rule with no
 * printed period).
 */
export function classifyPhrase(
  phrase: string,
  before: string,
  after: string,
  period: Period | null,
  sentenceBefore = before,
): PhraseKind | string {
  // "vào dịp sinh nhật Bác 19/5", "dịp tổng kết cuối năm": an occasion, dated by a person if at all.
  const occasion = /(?:vào\s+)?dịp\s+[^,;.]*$/u.exec(sentenceBefore);
  if (occasion && !/\d{4}$/u.test(phrase)) {
    const words = `${occasion[0]}${phrase}`;
    return { kind: 'occasion', occasion: words.replace(/^vào\s+/u, ''), date: null, label: words };
  }
  const strict = /trước\s+(?:ngày\s+)?$/u.test(before);
  const dayWord = /(?:ngày\s+)$/u.test(before) ? 'ngày ' : '';
  const words: Phrase = {
    phrase,
    after,
    period,
    strict,
    lead: strict ? (/ngày\s+$/u.test(before) ? 'trước ngày ' : 'trước ') : dayWord,
    yearly: /^\s*h[àằ]ng\s+năm/u.exec(after),
    yearAfter: /^\s*năm\s+(\d{4})/u.exec(after),
  };
  return (
    dayPhrase(words) ??
    monthPhrase(words) ??
    quarterPhrase(words) ??
    yearEdgePhrase(words) ??
    `"${phrase}" không tự nêu một ngày, tháng hay quý có năm`
  );
}
