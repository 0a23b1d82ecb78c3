/** The sentence a time phrase stands in, and what it says: who does the work and to whom it is sent. */

/** The sentence of `text` around `index`: from the previous ". " to the next (a ";" does not end it). */
export function sentenceAt(text: string, index: number, length: number): string {
  const before = text.slice(0, index);
  const starts = [...before.matchAll(/[.!?]\s+(?=\p{Lu})/gu)].map((m) => m.index + m[0].length);
  const start = starts.at(-1) ?? 0;
  const after = text.slice(index + length);
  const end = /[!?]\s|\.\s+(?=\p{Lu})|$/u.exec(after);
  const stop = index + length + (end?.index ?? after.length) + (end && /^\./u.test(end[0]) ? 1 : 0);
  return text.slice(start, stop).trim();
}

/** The body a sentence sets the work for, when it opens with one ("Cấp ủy các chi bộ, đảng bộ cơ sở xây dựng …"). */
export function whoOf(sentence: string): string[] {
  const text = sentence.replace(/^(?:[-+*]\s*|\d+(?:\.\d+)*[.-]\s*|[a-zđ][.)-]\s*)/u, '');
  const match =
    /^((?:Cấp ủy|Cấp uỷ|Các|Ban|Chi bộ|Đảng ủy|Đảng uỷ|Mỗi|Văn phòng|Đoàn|Hội|Tổ|Thường trực|Ủy ban|Uỷ ban)[^.;:]*?)\s+(?:xây dựng|tổ chức|gửi|báo cáo|chỉ đạo|lãnh đạo|hoàn thành|thực hiện|triển khai|tham mưu|hướng dẫn|có|căn cứ|phối hợp|tiến hành|chủ động|đăng ký|chuẩn bị|nộp|thông báo|quán triệt|rà soát|đánh giá|sơ kết|tổng kết)\b/u.exec(
      text,
    );
  return match ? [match[1]!.replace(/,$/u, '')] : [];
}

/** To whom the sentence says the work is sent or reported ("gửi về Ban Tuyên giáo Đảng ủy Khối"). */
export function reportToOf(sentence: string): string | null {
  const match =
    /(?:gửi|báo cáo|nộp)(?:[^.;]*?)\s(?:về|cho|lên)\s+((?:Ban|Văn phòng|Thường trực|Đảng ủy|Đảng uỷ|Tỉnh ủy|Tỉnh uỷ|Chi ủy|Chi bộ)[^.;,*]*?(?:\s*\([^)]*\))?)(?=\s+(?:trước|chậm|trong|vào|để|theo|định|hàng|hằng|qua)\b|\s*[.;,*(]|$)/u.exec(
      sentence,
    );
  return match ? match[1]!.trim() : null;
}
