/** Small helpers on source lines, shared by the importer's parts. */

/** A line as the importer reads it: tabs and runs of spaces collapsed, trimmed, Markdown breaks gone. */
export function tidy(line: string): string {
  return line
    .replace(/[\t\u00a0]/gu, ' ')
    .replace(/ {2,}/gu, ' ')
    .trim();
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A footnote mark as source lines print it: "12" → "⁽¹²⁾" (the .docx and .pdf readers write these). */
export function footnoteMark(digits: string): string {
  return `⁽${[...digits].map((d) => SUPERSCRIPT[Number(d)]).join('')}⁾`;
}

/** A tidy line without the emphasis markers and escapes a Markdown-flavoured source adds. */
export function bare(line: string): string {
  return tidy(line)
    .replace(/^#{1,6}\s+/u, '')
    .replace(/\\([*+\-.#])/gu, '$1')
    .replace(/\*\*|__/gu, '')
    .replace(/^\*(.+)\*$/u, '$1')
    .trim();
}

export function isBlank(line: string): boolean {
  return tidy(line) === '';
}

/** Upper case as Vietnamese prints a header or a type word: letters, none lower case. */
export function isUpperLine(line: string): boolean {
  const text = bare(line);
  return /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase('vi');
}

/** The national motto printed right of the header ("ĐẢNG CỘNG SẢN VIỆT NAM", also misprinted "CÔNG"). */
export function isMotto(line: string): boolean {
  return /^ĐẢNG C[ỘÔO]NG SẢN VIỆT NAM$/u.test(bare(line));
}

/** The rule printed under a title. */
export function isRule(line: string): boolean {
  return /^-{3,}$/u.test(bare(line));
}

/** Document type words printed above a title (Hướng dẫn 36-HD/VPTW), and those forms use. */
export const TYPE_WORDS = [
  'KẾ HOẠCH',
  'BÁO CÁO',
  'HƯỚNG DẪN',
  'CHƯƠNG TRÌNH',
  'NGHỊ QUYẾT',
  'QUYẾT ĐỊNH',
  'QUY ĐỊNH',
  'CHỈ THỊ',
  'KẾT LUẬN',
  'THÔNG BÁO',
  'THÔNG TRI',
  'CÔNG VĂN',
  'TỜ TRÌNH',
  'ĐỀ ÁN',
  'ĐỀ CƯƠNG',
  'BẢNG TỔNG HỢP',
  'BIÊN BẢN',
  'DANH SÁCH',
  'PHIẾU',
];

export function isTypeLine(line: string): boolean {
  return TYPE_WORDS.includes(bare(line));
}

/** "Trà Vinh, ngày 20 tháng 10 năm 2021", also with blanks: "Trà Vinh, ngày ... tháng ... năm 20...". */
export function isDateLine(line: string): boolean {
  return /^[\p{L} .]+,\s*ngày\b.*tháng\b.*năm\b/u.test(bare(line));
}

/** "T/M BAN THƯỜNG VỤ", "TM. ĐẢNG ỦY", "KT. BÍ THƯ": the first line of a signature block. */
export function isSignatureStart(line: string): boolean {
  return /^(?:T\/M|TM\.|T\.M\.?|KT\.|K\/T)\s/u.test(bare(line));
}

/** Positions printed alone in a signature block. */
export function isPosition(line: string): boolean {
  return /^(?:PHÓ )?(?:BÍ THƯ|TRƯỞNG BAN|TỔ TRƯỞNG|CHÁNH VĂN PHÒNG|THƯỜNG TRỰC)$/u.test(bare(line));
}
