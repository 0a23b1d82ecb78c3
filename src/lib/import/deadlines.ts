/**
 * The deadline candidates of a plan the importer drafts: every time phrase of the body,
 * classified (deadlines/classify.ts), and the occasions, relative times and work without a
 * date the sentences name, each quoted with its whole sentence (deadlines/sentence.ts).
 */
import { findDatePhrases, uncoveredDatePhrases } from '../plans/date-phrase-lint.ts';
import { isRealDate, toIsoDate } from '../text/vietnamese-date.ts';
import { slugify } from '../text/slug.ts';
import { classifyPhrase } from './deadlines/classify.ts';
import { reportToOf, sentenceAt, whoOf } from './deadlines/sentence.ts';
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
  // Every candidate: a unique id from its words, the sentence as task and quote, who and to
  // whom when the sentence says, no actors or form until a person picks them.
  const add = (base: string, quote: string, line: number, kind: PhraseKind) => {
    let id = base;
    for (let k = 2; ids.has(id); k += 1) id = `${base}-${k}`;
    ids.add(id);
    deadlines.push({
      id,
      ...kind,
      task: quote,
      who: whoOf(quote),
      reportTo: reportToOf(quote),
      actors: [],
      form: null,
      quote,
      line,
    } as DeadlineCandidate);
  };
  for (const { text, line } of paragraphs) {
    for (const { quote, kind } of phraseFindings(text, period)) {
      if (typeof kind !== 'string') add(slugify(kind.label) || 'han', quote, line, kind);
      else if (!dateMentions.some((m) => m.quote === quote))
        dateMentions.push({ quote, reason: `Bản nháp — cần soát xét: ${kind}.`, line });
    }
  }
  // "vào dịp kỷ niệm 130 năm Ngày sinh … (19/5/1890 - 19/5/2020)": the linter passes the
  // span by itself; the occasion it names is a candidate, dated by the span's printed end.
  for (const { match, quote, line } of sentencesMatching(paragraphs, OCCASION_SPAN)) {
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
  for (const { match, quote, line } of sentencesMatching(paragraphs, RELATIVE)) {
    add(`truoc-${match[1]}-ngay`, quote, line, {
      kind: 'relative',
      days: Number(match[1]),
      event: quote,
      label: match[0],
    });
  }
  // Work without a date ("thường xuyên theo dõi…", "định kỳ báo cáo…"): not a phrase the
  // linter looks for, but a deadline of kind "ongoing" in the site's model.
  for (const { match, quote, line } of sentencesMatching(paragraphs, ONGOING)) {
    if (deadlines.some((d) => d.quote === quote)) continue;
    add(slugify(match[1]!), quote, line, { kind: 'ongoing', label: match[1]! });
  }
  return { deadlines, dateMentions };
}

const OCCASION_SPAN =
  /((?:vào\s+)?dịp\s+[^.;()]*?)\s*\(\d{1,2}\/\d{1,2}\/\d{4}\s*-\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\)/gu;
const RELATIVE = /(?<![\p{L}])trước\s+(\d{1,3})\s+ngày(?![\p{L}])/giu;
const ONGOING = /(?<![\p{L}])(thường xuyên|định kỳ),?\s+(?:theo dõi|kiểm tra|báo cáo|đôn đốc|tổng hợp|giám sát|nắm)/giu;

/**
 * The deadline or the reason for a date mention each time phrase of a paragraph gives, with
 * the sentence that holds it; phrases the linter recognises by itself are not among them.
 */
function phraseFindings(text: string, period: Period | null): { quote: string; kind: PhraseKind | string }[] {
  const all = findDatePhrases(text);
  return uncoveredDatePhrases(text, []).flatMap(({ phrase, index }) => {
    // "hàng năm" right after a day or month is part of that phrase, read with it.
    const previous = all.filter((p) => p.index + p.phrase.length <= index).at(-1);
    const adjacent = previous && /^\s*$/u.test(text.slice(previous.index + previous.phrase.length, index));
    if (/^h[àằ]ng\s+năm$/iu.test(phrase) && adjacent) return [];
    const before = text.slice(Math.max(0, index - 20), index);
    const after = text.slice(index + phrase.length, index + phrase.length + 20);
    const quote = sentenceAt(text, index, phrase.length);
    const sentenceStart = text.lastIndexOf(quote.slice(0, 20), index);
    return [
      { quote, kind: classifyPhrase(phrase, before, after, period, text.slice(Math.max(0, sentenceStart), index)) },
    ];
  });
}

/** Every match of a pattern in the paragraphs, with the sentence that holds it and the paragraph's line. */
function* sentencesMatching(
  paragraphs: readonly ParagraphText[],
  pattern: RegExp,
): Generator<{ match: RegExpExecArray; quote: string; line: number }> {
  for (const { text, line } of paragraphs) {
    for (const match of text.matchAll(pattern))
      yield { match, quote: sentenceAt(text, match.index, match[0].length), line };
  }
}
