import { findDatePhrases, uncoveredDatePhrases } from '../plans/date-phrase-lint.ts';
import { isRealDate, toIsoDate } from '../text/vietnamese-date.ts';
import { slugify } from '../text/slug.ts';
import { stretchMatches } from '../text/stretch-match.ts';
import { reportToOf, sentencesOf, whoOf } from './sentences.ts';

/** The plan's period as printed, which bounds yearly deadlines. */
export interface Period {
  from: number;
  until: number;
  quote: string;
}

/** A deadline the importer proposes, in the shape of src/schemas/deadline.ts; a person reviews it. */
export type DeadlineCandidate = {
  id: string;
  label: string;
  task: string;
  who: string[];
  reportTo: string | null;
  actors: string[];
  form: null;
  quote: string;
  /** 1-based source line of the paragraph. */
  line: number;
} & (
  | { kind: 'day'; date: string; before: boolean }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'monthly'; from: string; until: string }
  | { kind: 'quarter'; year: number; quarter: number; part: 'whole' | 'start' }
  | { kind: 'occasion'; occasion: string; date: string | null }
  | { kind: 'ongoing' }
  | { kind: 'relative'; days: number; event: string }
  | {
      kind: 'yearly';
      every:
        | { type: 'month'; month: number }
        | { type: 'day'; day: number; month: number; before: boolean }
        | { type: 'quarter'; quarter: number; part: 'whole' | 'start' };
      from: number;
      until: number;
      boundsQuote: string;
      exceptions: [];
    }
);

export interface DateMentionCandidate {
  quote: string;
  reason: string;
  line: number;
}

/** A paragraph's reading text (plainText of its MDX) and its first source line. */
export interface ParagraphText {
  text: string;
  line: number;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/**
 * The period as printed: "giai đoạn 2021 - 2025" (or "từ năm …") in the title, else a title's
 * "chuyên đề năm 2020" (a plan of one year), else such a range in the body, else a
 * "nhiệm kỳ 2020 - 2025". A person checks it.
 */
export function findPeriod(title: string, body: string): Period | null {
  const range = (pattern: RegExp, text: string) => {
    const match = pattern.exec(text);
    if (!match) return null;
    const from = Number(match[1]);
    const until = Number(match[2] ?? match[1]);
    return from <= until ? { from, until, quote: match[0] } : null;
  };
  return (
    range(/(?:giai đoạn|từ năm)\s+(\d{4})\s*[-–]\s*(\d{4})/u, title) ??
    range(/chuyên đề năm (\d{4})/u, title) ??
    range(/(?:giai đoạn|từ năm)\s+(\d{4})\s*[-–]\s*(\d{4})/u, body) ??
    range(/nhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})/u, `${title} ${body}`)
  );
}

type Common = 'id' | 'task' | 'who' | 'reportTo' | 'actors' | 'form' | 'quote' | 'line';
/** The time part of a candidate: Omit applied to each member of the union. */
type Kind = DeadlineCandidate extends infer D ? (D extends DeadlineCandidate ? Omit<D, Common> : never) : never;

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
): Kind | string {
  // "vào dịp sinh nhật Bác 19/5", "dịp tổng kết cuối năm": an occasion, dated by a person if at all.
  const occasion = /(?:vào\s+)?dịp\s+[^,;.]*$/u.exec(sentenceBefore);
  if (occasion && !/\d{4}$/u.test(phrase)) {
    const words = `${occasion[0]}${phrase}`;
    return { kind: 'occasion', occasion: words.replace(/^vào\s+/u, ''), date: null, label: words };
  }
  const strict = /trước\s+(?:ngày\s+)?$/u.test(before);
  const dayWord = /(?:ngày\s+)$/u.test(before) ? 'ngày ' : '';
  const lead = strict ? (/ngày\s+$/u.test(before) ? 'trước ngày ' : 'trước ') : dayWord;
  const yearly = /^\s*h[àằ]ng\s+năm/u.exec(after);
  const yearAfter = /^\s*năm\s+(\d{4})/u.exec(after);
  let match: RegExpExecArray | null;
  if ((match = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/u.exec(phrase))) {
    const [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (!isRealDate(y, m, d)) return `"${phrase}" không phải một ngày có thật`;
    return { kind: 'day', date: toIsoDate(y, m, d), before: strict, label: `${lead}${phrase}` };
  }
  if ((match = /^(\d{1,2})[/-](\d{1,2})$/u.exec(phrase))) {
    const [d, m] = [Number(match[1]), Number(match[2])];
    if (yearly && period && isRealDate(2000, m, d))
      return {
        kind: 'yearly',
        every: { type: 'day', day: d, month: m, before: strict },
        from: period.from,
        until: period.until,
        boundsQuote: period.quote,
        exceptions: [],
        label: `${lead}${phrase}${yearly[0]}`,
      };
    return yearly ? 'hạn hằng năm nhưng văn bản không in thời kỳ thực hiện' : `"${phrase}" không in năm`;
  }
  if ((match = /^(?:(cuối|đầu)\s+)?tháng\s+(\d{1,2})(?:\/(\d{4}))?$/u.exec(phrase))) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return `"${phrase}" không phải một tháng`;
    const year = match[3] ? Number(match[3]) : yearAfter ? Number(yearAfter[1]) : null;
    if (year !== null) return { kind: 'month', year, month, label: `${phrase}${match[3] ? '' : yearAfter![0]}` };
    if (yearly && period)
      return {
        kind: 'yearly',
        every: { type: 'month', month },
        from: period.from,
        until: period.until,
        boundsQuote: period.quote,
        exceptions: [],
        label: `${phrase}${yearly[0]}`,
      };
    return yearly ? 'hạn hằng năm nhưng văn bản không in thời kỳ thực hiện' : `"${phrase}" không in năm`;
  }
  // "tháng .../2020": the month left blank, every month of that year (a monthly report).
  if ((match = /^tháng\s+(?:\.{2,}|…)\s*\/\s*(\d{4})$/u.exec(phrase))) {
    return { kind: 'monthly', from: `${match[1]}-01`, until: `${match[1]}-12`, label: `hằng tháng (${phrase})` };
  }
  if ((match = /^(?:(đầu|cuối)\s+)?quý\s+([IV]+)(?:\/(\d{4}))?$/iu.exec(phrase))) {
    const quarter = ROMAN[match[2]!];
    const year = match[3] ? Number(match[3]) : yearAfter ? Number(yearAfter[1]) : null;
    if (!quarter) return `"${phrase}" không phải một quý`;
    // "quý IV hàng năm", "quý IV của năm trước đó": a quarter of every year of the period.
    const every = /^\s*(?:h[àằ]ng\s+năm|của\s+năm\s+trước(?:\s+đó)?)/u.exec(after);
    // "cuối quý IV" is due by the quarter's end, as "quý IV" is.
    if (year === null && every && period)
      return {
        kind: 'yearly',
        every: { type: 'quarter', quarter, part: match[1]?.toLowerCase() === 'đầu' ? 'start' : 'whole' },
        from: period.from,
        until: period.until,
        boundsQuote: period.quote,
        exceptions: [],
        label: `${phrase}${every[0]}`,
      };
    if (year === null) return `"${phrase}" không in năm`;
    return {
      kind: 'quarter',
      year,
      quarter,
      part: match[1]?.toLowerCase() === 'đầu' ? 'start' : 'whole',
      label: `${phrase}${match[3] ? '' : yearAfter![0]}`,
    };
  }
  // "cuối năm", "đầu năm" without a year: the year-end (or start) occasion, dated by a person.
  if ((match = /^(cuối|đầu)\s+năm$/iu.exec(phrase)) && !yearAfter) {
    // A plan of one printed year ("chuyên đề năm 2020"): "cuối năm" is that year's last month.
    if (period && period.from === period.until && match[1]!.toLowerCase() === 'cuối')
      return { kind: 'month', year: period.from, month: 12, label: phrase };
    return { kind: 'occasion', occasion: phrase, date: null, label: phrase };
  }
  return `"${phrase}" không tự nêu một ngày, tháng hay quý có năm`;
}

/**
 * Every time phrase the site's date-phrase linter finds in the body becomes a deadline
 * candidate or a date mention; phrases the linter recognises by itself (a cited document's
 * date, an anniversary span) need neither. Quotes are whole sentences of one paragraph.
 */
export function findDeadlineCandidates(
  paragraphs: readonly ParagraphText[],
  period: Period | null,
): { deadlines: DeadlineCandidate[]; dateMentions: DateMentionCandidate[] } {
  const deadlines: DeadlineCandidate[] = [];
  const dateMentions: DateMentionCandidate[] = [];
  const ids = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const mentioned = new Set<string>();
  const quoted = new Set<string>();
  // A quote is one string per sentence (sentencesOf): who and to whom are read once for it.
  const readQuote = new Map<string, { who: string[]; reportTo: string | null }>();
  // Every candidate: a unique id from its words, the sentence as task and quote, who and to
  // whom when the sentence says, no actors or form until a person picks them.
  const add = (base: string, quote: string, line: number, kind: Kind) => {
    let id = base;
    if (ids.has(id)) {
      // The first free "-2", "-3"…: those below the last one given are taken already.
      let k = nextSuffix.get(base) ?? 2;
      while (ids.has(`${base}-${k}`)) k += 1;
      id = `${base}-${k}`;
      nextSuffix.set(base, k + 1);
    }
    ids.add(id);
    quoted.add(quote);
    let read = readQuote.get(quote);
    if (!read) readQuote.set(quote, (read = { who: whoOf(quote), reportTo: reportToOf(quote) }));
    deadlines.push({ id, ...kind, task: quote, ...read, actors: [], form: null, quote, line } as DeadlineCandidate);
  };
  const sentences = paragraphs.map(({ text }) => sentencesOf(text));
  for (const [at, { text, line }] of paragraphs.entries()) {
    const phrases = uncoveredDatePhrases(text, []);
    const all = findDatePhrases(text);
    let ended = 0;
    for (const { phrase, index } of phrases) {
      // "hàng năm" right after a day or month is part of that phrase, read with it.
      while (ended < all.length && all[ended]!.index + all[ended]!.phrase.length <= index) ended += 1;
      const previous = all[ended - 1];
      const adjacent = previous && /^\s*$/u.test(text.slice(previous.index + previous.phrase.length, index));
      if (/^h[àằ]ng\s+năm$/iu.test(phrase) && adjacent) continue;
      const before = text.slice(Math.max(0, index - 20), index);
      const after = text.slice(index + phrase.length, index + phrase.length + 20);
      const { start, quote } = sentences[at]!(index, phrase.length);
      const occasionWords = text.slice(Math.max(start, index - OCCASION_REACH), index);
      const kind = classifyPhrase(phrase, before, after, period, occasionWords);
      if (typeof kind === 'string') {
        if (!mentioned.has(quote)) dateMentions.push({ quote, reason: `Bản nháp — cần soát xét: ${kind}.`, line });
        mentioned.add(quote);
        continue;
      }
      add(slugify(kind.label) || 'han', quote, line, kind);
    }
  }
  // "vào dịp kỷ niệm 130 năm Ngày sinh … (19/5/1890 - 19/5/2020)": the linter passes the
  // span by itself; the occasion it names is a candidate, dated by the span's printed end.
  for (const [at, { text, line }] of paragraphs.entries()) {
    for (const match of stretchMatches(text, OCCASION, OCCASION_SPAN, /[.;()]/u)) {
      const [, words, d, m, y] = match as unknown as [string, string, string, string, string];
      const { quote } = sentences[at]!(match.index, match[0].length);
      const date = isRealDate(Number(y), Number(m), Number(d)) ? toIsoDate(Number(y), Number(m), Number(d)) : null;
      add(slugify(words).slice(0, 40) || 'dip', quote, line, {
        kind: 'occasion',
        occasion: words.replace(/^vào\s+/u, '').replace(/\s*\($/u, ''),
        date,
        label: match[0],
      });
    }
  }
  // "trước 02 ngày": a time relative to an event the sentence names; a person names the event.
  for (const [at, { text, line }] of paragraphs.entries()) {
    for (const match of text.matchAll(RELATIVE)) {
      const { quote } = sentences[at]!(match.index, match[0].length);
      add(`truoc-${match[1]}-ngay`, quote, line, {
        kind: 'relative',
        days: Number(match[1]),
        event: quote,
        label: match[0],
      });
    }
  }
  // Work without a date ("thường xuyên theo dõi…", "định kỳ báo cáo…"): not a phrase the
  // linter looks for, but a deadline of kind "ongoing" in the site's model.
  for (const [at, { text, line }] of paragraphs.entries()) {
    for (const match of text.matchAll(ONGOING)) {
      const { quote } = sentences[at]!(match.index, match[0].length);
      if (quoted.has(quote)) continue;
      add(slugify(match[1]!), quote, line, { kind: 'ongoing', label: match[1]! });
    }
  }
  return { deadlines, dateMentions };
}

const OCCASION_SPAN = /((?:vào\s+)?dịp\s+[^.;()]*?)\s*\(\d{1,2}\/\d{1,2}\/\d{4}\s*-\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\)/u;
/** The words OCCASION_SPAN opens with. */
const OCCASION = /(?:vào\s+)?dịp\s/u;
/**
 * How far before a date its occasion is looked for ("vào dịp các ngày kỷ niệm gắn với cuộc
 * đời và sự nghiệp của Chủ tịch Hồ Chí Minh", the longest the sources print, is 75
 * characters): reading the whole sentence again for every date was quadratic in a long one.
 */
const OCCASION_REACH = 300;
const RELATIVE = /(?<![\p{L}])trước\s+(\d{1,3})\s+ngày(?![\p{L}])/giu;
const ONGOING = /(?<![\p{L}])(thường xuyên|định kỳ),?\s+(?:theo dõi|kiểm tra|báo cáo|đôn đốc|tổng hợp|giám sát|nắm)/giu;
