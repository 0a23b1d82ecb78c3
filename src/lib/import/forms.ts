import {
  bare,
  isBlank,
  isDateLine,
  isMotto,
  isPosition,
  isRule,
  isSignatureStart,
  isTypeLine,
  isUpperLine,
} from './lines.ts';
import type { LineRole, NumberedLine } from './types.ts';

/** A form printed after the signature ("Mẫu số …", "Đề cương …"), as the source prints it. */
export interface FormDraft {
  /** 1-based, in the order printed. */
  index: number;
  /** Type word and the title lines under it: "ĐỀ CƯƠNG Báo cáo sơ kết …". */
  title: string;
  lines: NumberedLine[];
}

/** A line that belongs to the header of a form printed below: bodies, motto, date line, number, "*". */
function isFormHeaderLine(line: string): boolean {
  const text = bare(line);
  // "Số" as a whole word: \b knows ASCII letters only, and "ố" is not one.
  if (isBlank(line) || isMotto(line) || isDateLine(line) || text === '*' || /^Số(?![\p{L}\p{N}])/u.test(text))
    return true;
  // "CHI BỘ (hoặc ĐẢNG ỦY)....." is a header line: a note in brackets may be lower case.
  const unbracketed = text.replace(/\([^)]*\)/gu, '');
  return isUpperLine(unbracketed) && !isSignatureStart(line) && !isPosition(line) && !isTypeLine(line);
}

/**
 * Splits the lines after the plan's closing into forms: each starts at a type word
 * ("KẾ HOẠCH", "BẢNG TỔNG HỢP", "ĐỀ CƯƠNG"…) together with the header lines printed above
 * it, and runs to the next one.
 */
export function splitForms(lines: readonly string[], start: number, roles: LineRole[]): FormDraft[] {
  const typeAt: number[] = [];
  for (let i = start; i < lines.length; i += 1) if (isTypeLine(lines[i]!)) typeAt.push(i);
  const starts = typeAt.map((at, k) => {
    // The first form takes every line after the closing: nothing between is left out.
    if (k === 0) return start;
    let first = at;
    while (first - 1 >= start && isFormHeaderLine(lines[first - 1]!)) first -= 1;
    return first;
  });
  // Lines before the first form that are only blanks belong to no form.
  const forms: FormDraft[] = [];
  starts.forEach((first, k) => {
    const end = starts[k + 1] ?? lines.length;
    const at = typeAt[k]!;
    const titleLines = [bare(lines[at]!)];
    for (let i = at + 1; i < end && titleLines.length < 5; i += 1) {
      const line = lines[i]!;
      if (isBlank(line)) continue;
      // A table row (cells separated by tabs) is the form's content, not its title.
      if (/\S\t+\S/u.test(line.trim())) break;
      const text = bare(line);
      if (isRule(line) || /^[([]/u.test(text) || /^(?:[IVX]+|\d+)[.-]\s/u.test(text) || /^[-+*]/u.test(text)) break;
      titleLines.push(text);
    }
    const formLines: NumberedLine[] = [];
    for (let i = first; i < end; i += 1) {
      roles[i] = isBlank(lines[i]!) ? { kind: 'blank' } : { kind: 'form', index: k + 1 };
      formLines.push({ n: i + 1, text: lines[i]! });
    }
    // Trailing blanks are not part of the form's text.
    while (formLines.length > 0 && isBlank(formLines.at(-1)!.text)) formLines.pop();
    forms.push({ index: k + 1, title: titleLines.join(' '), lines: formLines });
  });
  return forms;
}
