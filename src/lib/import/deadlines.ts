/**
 * The deadline candidates of a plan the importer drafts: every time phrase of the body,
 * classified (deadlines/classify.ts), and the occasions, relative times and work without a
 * date the sentences name, each quoted with its whole sentence (deadlines/sentence.ts).
 */
import { findDatePhrases, uncoveredDatePhrases } from '../plans/date-phrase-lint.ts';
import { isRealDate, toIsoDate } from '../text/vietnamese-date.ts';
import { slugify } from '../text/slug.ts';
import { stretchMatches } from '../text/stretch-match.ts';
import { classifyPhrase } from './deadlines/classify.ts';
import { reportToOf, sentencesOf, whoOf, type Sentence } from './deadlines/sentence.ts';
import type { DateMentionCandidate, DeadlineCandidate, ParagraphText, Period, PhraseKind } from './deadlines/types.ts';

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
  const add = (base: string, quote: string, line: number, kind: PhraseKind) => {
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
    for (const { quote, kind } of phraseFindings(text, sentences[at]!, period)) {
      if (typeof kind !== 'string') add(slugify(kind.label) || 'han', quote, line, kind);
      else if (!mentioned.has(quote)) {
        mentioned.add(quote);
        dateMentions.push({ quote, reason: `Bản nháp — cần soát xét: ${kind}.`, line });
      }
    }
  }
  // "vào dịp kỷ niệm 130 năm Ngày sinh … (19/5/1890 - 19/5/2020)": the linter passes the
  // span by itself; the occasion it names is a candidate, dated by the span's printed end.
  const occasions = (text: string) => stretchMatches(text, OCCASION, OCCASION_SPAN, /[.;()]/u);
  for (const { match, quote, line } of sentencesMatching(paragraphs, sentences, occasions)) {
    const [, words, d, m, y] = match as unknown as [string, string, string, string, string];
    const date = isRealDate(Number(y), Number(m), Number(d)) ? toIsoDate(Number(y), Number(m), Number(d)) : null;
    add(slugify(words).slice(0, 40) || 'dip', quote, line, {
      kind: 'occasion',
      occasion: words.replace(/^vào\s+/u, '').replace(/\s*\($/u, ''),
      date,
      label: match[0],
    });
  }
  // "trước 02 ngày": a time relative to an event the sentence names; a person names the event.
  for (const { match, quote, line } of sentencesMatching(paragraphs, sentences, (text) => text.matchAll(RELATIVE))) {
    add(`truoc-${match[1]}-ngay`, quote, line, {
      kind: 'relative',
      days: Number(match[1]),
      event: quote,
      label: match[0],
    });
  }
  // Work without a date ("thường xuyên theo dõi…", "định kỳ báo cáo…"): not a phrase the
  // linter looks for, but a deadline of kind "ongoing" in the site's model.
  for (const { match, quote, line } of sentencesMatching(paragraphs, sentences, (text) => text.matchAll(ONGOING))) {
    if (quoted.has(quote)) continue;
    add(slugify(match[1]!), quote, line, { kind: 'ongoing', label: match[1]! });
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

/**
 * The deadline or the reason for a date mention each time phrase of a paragraph gives, with
 * the sentence that holds it; phrases the linter recognises by itself are not among them.
 */
function phraseFindings(
  text: string,
  sentenceAt: (index: number, length: number) => Sentence,
  period: Period | null,
): { quote: string; kind: PhraseKind | string }[] {
  const all = findDatePhrases(text);
  let ended = 0;
  return uncoveredDatePhrases(text, []).flatMap(({ phrase, index }) => {
    // "hàng năm" right after a day or month is part of that phrase, read with it. The phrases
    // come in order, so the last one ending before this one is found by walking on, not searching.
    while (ended < all.length && all[ended]!.index + all[ended]!.phrase.length <= index) ended += 1;
    const previous = all[ended - 1];
    const adjacent = previous && /^\s*$/u.test(text.slice(previous.index + previous.phrase.length, index));
    if (/^h[àằ]ng\s+năm$/iu.test(phrase) && adjacent) return [];
    const before = text.slice(Math.max(0, index - 20), index);
    const after = text.slice(index + phrase.length, index + phrase.length + 20);
    const { start, quote } = sentenceAt(index, phrase.length);
    const occasionWords = text.slice(Math.max(start, index - OCCASION_REACH), index);
    return [{ quote, kind: classifyPhrase(phrase, before, after, period, occasionWords) }];
  });
}

/** Every match the matcher finds in the paragraphs, with the sentence that holds it and the paragraph's line. */
function* sentencesMatching(
  paragraphs: readonly ParagraphText[],
  sentences: readonly ((index: number, length: number) => Sentence)[],
  matches: (text: string) => Iterable<RegExpMatchArray & { index: number }>,
): Generator<{ match: RegExpMatchArray; quote: string; line: number }> {
  for (const [at, { text, line }] of paragraphs.entries()) {
    for (const match of matches(text)) yield { match, quote: sentences[at]!(match.index, match[0].length).quote, line };
  }
}
