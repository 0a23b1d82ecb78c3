import { firstStretchMatch } from '../../text/stretch-match.ts';

/**
 * The sentences of a paragraph, as the importer quotes them around a time phrase: from the
 * previous ". " followed by a capital to the next one ("!" and "?" end one too, a ";" does
 * not). Their bounds are found once per paragraph and each lookup is a binary search:
 * searching the paragraph again for every phrase took quadratic time on a long one.
 */

/** Where a sentence starts: after its full stop and the spaces before a capital. */
const STARTS = /[.!?]\s+(?=\p{Lu})/gu;
/** Where a sentence ends: before "!" or "?" and a space, or after a full stop before a capital. */
const ENDS = /[!?]\s|\.\s+(?=\p{Lu})/gu;

export interface Sentence {
  /** Offset of the quote in the paragraph. */
  start: number;
  /** The sentence, trimmed. */
  quote: string;
}

/** The last index of `sorted` whose value is below `limit`, or -1. */
function lastBelow(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < limit) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * The sentence around [index, index + length) of `text`, for any index: a function, since
 * one paragraph is looked up many times. The same sentence is the same string each time,
 * so comparing or hashing quotes costs nothing per phrase.
 */
export function sentencesOf(text: string): (index: number, length: number) => Sentence {
  // A start counts before `index` only when its capital does (the phrase's own start can be one).
  const starts = [...text.matchAll(STARTS)].map((match) => match.index + match[0].length);
  const ends = [...text.matchAll(ENDS)].map((match) => match.index);
  const found = new Map<string, Sentence>();
  return (index, length) => {
    const start = starts[lastBelow(starts, index)] ?? 0;
    const end = ends[lastBelow(ends, index + length) + 1];
    // A full stop stays with its sentence; "!" and "?" do not.
    const stop = end === undefined ? text.length : end + (text[end] === '.' ? 1 : 0);
    const key = `${start}:${stop}`;
    let sentence = found.get(key);
    if (!sentence) {
      const slice = text.slice(start, stop);
      sentence = { start: start + slice.length - slice.trimStart().length, quote: slice.trim() };
      found.set(key, sentence);
    }
    return sentence;
  };
}

/** The sentence of `text` around `index`: from the previous ". " to the next (a ";" does not end it). */
export function sentenceAt(text: string, index: number, length: number): string {
  return sentencesOf(text)(index, length).quote;
}

// A word ends where no letter or digit follows: \b knows ASCII letters only, so "có", "đăng
// ký", "để" or "về" (a last letter with a mark) never ended a word before a space.

/** The body a sentence sets the work for, when it opens with one ("Cấp ủy các chi bộ, đảng bộ cơ sở xây dựng …"). */
export function whoOf(sentence: string): string[] {
  const text = sentence.replace(/^(?:[-+*]\s*|\d+(?:\.\d+)*[.-]\s*|[a-zđ][.)-]\s*)/u, '');
  const match =
    /^((?:Cấp ủy|Cấp uỷ|Các|Ban|Chi bộ|Đảng ủy|Đảng uỷ|Mỗi|Văn phòng|Đoàn|Hội|Tổ|Thường trực|Ủy ban|Uỷ ban)[^.;:]*?)\s+(?:xây dựng|tổ chức|gửi|báo cáo|chỉ đạo|lãnh đạo|hoàn thành|thực hiện|triển khai|tham mưu|hướng dẫn|có|căn cứ|phối hợp|tiến hành|chủ động|đăng ký|chuẩn bị|nộp|thông báo|quán triệt|rà soát|đánh giá|sơ kết|tổng kết)(?![\p{L}\p{N}])/u.exec(
      text,
    );
  return match ? [match[1]!.replace(/,$/u, '')] : [];
}

const REPORT_VERB = /gửi|báo cáo|nộp/u;
const REPORT_TO =
  /(?:gửi|báo cáo|nộp)(?:[^.;]*?)\s(?:về|cho|lên)\s+((?:Ban|Văn phòng|Thường trực|Đảng ủy|Đảng uỷ|Tỉnh ủy|Tỉnh uỷ|Chi ủy|Chi bộ)[^.;,*]*?(?:\s*\([^)]*\))?)(?=\s+(?:trước|chậm|trong|vào|để|theo|định|hàng|hằng|qua)(?![\p{L}\p{N}])|\s*[.;,*(]|$)/u;

/** To whom the sentence says the work is sent or reported ("gửi về Ban Tuyên giáo Đảng ủy Khối"). */
export function reportToOf(sentence: string): string | null {
  const match = firstStretchMatch(sentence, REPORT_VERB, REPORT_TO, /[.;]/u);
  return match ? match[1]!.trim() : null;
}
