import { foldVietnamese } from '../text/slug';

/**
 * What to mark of a query in a text, for the result excerpts and for the page a result
 * opens. Vietnamese words are syllables joined by spaces ("báo cáo"), so a syllable of the
 * query alone means little: "cao" of "nâng cao" is not "báo cáo", "Kết" is not "ke". A
 * syllable is marked only inside a run of the query's words in the query's order (the
 * phrase, or two or more of its consecutive words), or alone when it is the whole query or
 * a number of two digits or more the query holds as printed ("05", "2021"). Tones and đ are folded, leading zeros dropped
 * ("02/9" is "2/9"); the query's last word may be half typed ("sinh nhat ba" marks "sinh
 * nhật Bác").
 */

interface Token {
  start: number;
  end: number;
  key: string;
  /** The word as written, lower-case: a number alone must be typed as printed. */
  raw: string;
  /** Whether only a space or a joiner ("34-KH/ĐUK", "19/5") separates it from the word before. */
  joined: boolean;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** A word's folded spelling, as it is compared. */
const keyOf = (word: string) =>
  foldVietnamese(word)
    .toLowerCase()
    .replace(/^0+(?=\d)/u, '');

// A comma, a bracket or a full stop ends a run: "dài, đoàn kết" is not "đại đoàn kết".
const JOINER = /^(?:\s+|[-/.]|\s*[-–]\s*)$/u;

function tokens(text: string): Token[] {
  let previousEnd = -1;
  return [...text.matchAll(TOKEN)].map((match) => {
    const token = {
      start: match.index,
      end: match.index + match[0].length,
      key: keyOf(match[0]),
      raw: match[0].toLowerCase(),
      joined: previousEnd >= 0 && JOINER.test(text.slice(previousEnd, match.index)),
    };
    previousEnd = token.end;
    return token;
  });
}

/** [start, end) offsets of a text. */
export type Range = readonly [number, number];

/**
 * How many of the query's words, from its word `from`, the text's tokens hold in order
 * from token `at`. The query's last word matches as a prefix (the reader may not have
 * finished it), the others whole.
 */
function runLength(text: readonly Token[], at: number, keys: readonly string[], from: number): number {
  let length = 0;
  while (from + length < keys.length && at + length < text.length) {
    if (length > 0 && !text[at + length]!.joined) break;
    const key = keys[from + length]!;
    const word = text[at + length]!.key;
    const last = from + length === keys.length - 1;
    // Numbers are typed whole: "03" is not the start of "033".
    const halfTyped = last && length > 0 && !/^\d+$/u.test(key) && word.startsWith(key);
    if (!(word === key || halfTyped)) break;
    length += 1;
  }
  return length;
}

export interface Match {
  /** The ranges to mark, in order. */
  ranges: Range[];
  /** The longest run of the query's words found: the phrase when it equals the query's length. */
  longest: number;
}

/** Where a text holds the query, by the rules above. */
export function findMatches(text: string, query: string): Match {
  const typed = tokens(query);
  const keys = typed.map((token) => token.key);
  // Numbers of two digits or more, as typed: alone they are marked ("05", "2021"), but a
  // lone "3" would light up every section number.
  const numbers = new Set(typed.filter((token) => /^\d{2,}$/u.test(token.raw)).map((token) => token.raw));
  const words = tokens(text);
  const ranges: Range[] = [];
  let longest = 0;
  if (keys.length === 0) return { ranges, longest };
  for (let at = 0; at < words.length;) {
    let best = 0;
    for (let from = 0; from < keys.length; from += 1) {
      best = Math.max(best, runLength(words, at, keys, from));
    }
    const alone = (keys.length === 1 && words[at]!.key === keys[0]) || numbers.has(words[at]!.raw);
    if (best >= 2 || (best === 1 && alone)) {
      ranges.push([words[at]!.start, words[at + best - 1]!.end]);
      longest = Math.max(longest, best);
      at += best;
    } else {
      at += 1;
    }
  }
  return { ranges, longest };
}

/** A piece of an excerpt, marked or not. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Cuts a text into segments at the ranges (which must be in order and not overlap). */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const pieces: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push({ text: text.slice(at, start), mark: false });
    pieces.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}

/** Sentences of a page's text (Pagefind joins headings and paragraphs with ". "). */
function sentences(text: string): Range[] {
  const found: Range[] = [];
  const end = /[.;!?…](?=\s)|\n/gu;
  let start = 0;
  for (const match of text.matchAll(end)) {
    found.push([start, match.index + 1]);
    start = match.index + 1;
  }
  if (start < text.length) found.push([start, text.length]);
  return found.map(([from, to]) => {
    const slice = text.slice(from, to);
    const lead = slice.length - slice.trimStart().length;
    return [from + lead, from + slice.trimEnd().length] as const;
  });
}

/** The words of a sentence that the title holds: a sentence mostly made of them repeats the title. */
function repeatsTitle(sentence: string, title: ReadonlySet<string>): boolean {
  const words = tokens(sentence);
  return words.length > 0 && words.filter((word) => title.has(word.key)).length / words.length >= 0.8;
}

/**
 * The excerpt a result shows: the sentence that holds the longest run of the query (the
 * phrase first), not one that only repeats the result's title (shown above it already),
 * cut to about `words` words around the match, with its marks. Without any match, the
 * text's beginning.
 */
export function excerpt(text: string, query: string, title = '', words = 30): Segment[] {
  const titleKeys = new Set(tokens(title).map((token) => token.key));
  let best: { range: Range; match: Match; score: number } | null = null;
  for (const [index, range] of sentences(text).entries()) {
    const sentence = text.slice(range[0], range[1]);
    const match = findMatches(sentence, query);
    if (match.ranges.length === 0) continue;
    // The longest run counts most; then how many places it matches; a sentence repeating
    // the title shown above it yields to another as good, not to a weaker one, and most of
    // all the page's heading, which opens its text.
    const title = repeatsTitle(sentence, titleKeys) ? 50 + (index === 0 ? 5 : 0) : 0;
    const score = match.longest * 100 + Math.min(match.ranges.length, 9) * 10 - title;
    if (!best || score > best.score) best = { range, match, score };
  }
  if (!best) return [{ text: cut(text, 0, words), mark: false }];
  const sentence = text.slice(best.range[0], best.range[1]);
  const all = tokens(sentence);
  const first = best.match.ranges[0]![0];
  // Start a few words before the first mark, so it reads in context.
  const firstToken = all.findIndex((token) => token.start >= first);
  const startToken = Math.max(0, Math.min(firstToken - 5, all.length - words));
  const endToken = Math.min(all.length, startToken + words);
  const from = startToken === 0 ? 0 : all[startToken]!.start;
  const to = endToken === all.length ? sentence.length : all[endToken - 1]!.end;
  const shown = sentence.slice(from, to);
  const ranges = best.match.ranges
    .filter(([start, end]) => start >= from && end <= to)
    .map(([start, end]) => [start - from, end - from] as const);
  const pieces = segments(shown, ranges);
  if (from > 0) pieces.unshift({ text: '… ', mark: false });
  if (to < sentence.length) pieces.push({ text: ' …', mark: false });
  return pieces;
}

function cut(text: string, start: number, words: number): string {
  const all = tokens(text);
  if (all.length <= words) return text;
  return `${text.slice(start, all[words - 1]!.end)} …`;
}
