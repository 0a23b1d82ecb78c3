import { parseDocumentNumber, type DocumentNumber } from '../plans/document-number.ts';
import { parsePlaceDateLine } from '../text/vietnamese-date.ts';
import { bare, isBlank, isDateLine, isMotto, isRule, isTypeLine, isUpperLine, tidy } from './lines.ts';
import type { LineRole, NeedsPerson } from './types.ts';

/** The header block of a Party document: everything above the body. */
export interface Header {
  /** "Số 59  - KH/ĐUK" read with the site's parser; null when none is printed or it does not parse. */
  number: DocumentNumber | null;
  /** The number as printed, spaces collapsed ("59 - KH/ĐUK"). */
  numberAsPrinted: string | null;
  /** Left header lines above the "*": superior body, issuing body. */
  headerLeft: string[];
  /** The place-and-date line as printed, with place and ISO date when it names a real day. */
  dateLine: { line: string; place: string; iso: string } | null;
  /** A date line that is printed but cannot be read (blanks, a day that does not exist). */
  unreadDateLine: string | null;
  documentType: string | null;
  /** Trích yếu: the title lines joined with one space, emphasis markers removed. */
  title: string | null;
  /** Index (0-based) of the first line after the header. */
  end: number;
}

/** A header with what every plan prints: its type word, title and a number that parses. */
export type PrintedHeader = Header & { documentType: string; title: string; number: DocumentNumber };

const NUMBER_LINE = /^Số:?\s*(.*)$/u;

/** The number printed after "Số": spaces removed, then read by the site's document-number parser. */
export function readNumber(printed: string): { number: DocumentNumber | null; asPrinted: string } {
  const asPrinted = tidy(printed);
  try {
    return { number: parseDocumentNumber(asPrinted.replace(/\s+/gu, '')), asPrinted };
  } catch {
    return { number: null, asPrinted };
  }
}

/**
 * Reads the header block: the lines before the type word (bodies, "*", number, motto, date
 * line), the type word, and the title under it, which ends at the "-----" rule, at the end
 * of a bold block, or at the first blank line. Each line's role is recorded.
 */
export function parseHeader(lines: readonly string[], roles: LineRole[], needs: NeedsPerson[]): Header {
  const header: Header = {
    number: null,
    numberAsPrinted: null,
    headerLeft: [],
    dateLine: null,
    unreadDateLine: null,
    documentType: null,
    title: null,
    end: 0,
  };
  let i = 0;
  const limit = Math.min(lines.length, 40);
  for (; i < limit; i += 1) {
    const line = lines[i]!;
    const text = bare(line);
    if (isBlank(line)) roles[i] = { kind: 'blank' };
    else if (text === '*') roles[i] = { kind: 'header', field: 'separator' };
    else if (isMotto(line)) roles[i] = { kind: 'header', field: 'motto' };
    else if (isDateLine(line)) {
      roles[i] = { kind: 'header', field: 'dateLine' };
      try {
        const { place, iso } = parsePlaceDateLine(text);
        header.dateLine = { line: text, place, iso };
      } catch {
        header.unreadDateLine = text;
        needs.push({
          field: 'dateLine',
          line: i + 1,
          why: `dòng địa danh, ngày tháng "${text}" không đọc được thành một ngày có thật`,
        });
      }
    } else if (NUMBER_LINE.test(text) && /\d/u.test(text)) {
      roles[i] = { kind: 'header', field: 'number' };
      const { number, asPrinted } = readNumber(NUMBER_LINE.exec(text)![1]!);
      header.number = number;
      header.numberAsPrinted = asPrinted;
      if (!number)
        needs.push({ field: 'number', line: i + 1, why: `số "${asPrinted}" không đúng dạng <số>-<LOẠI>/<CƠ QUAN>` });
    } else if (isTypeLine(line)) {
      roles[i] = { kind: 'header', field: 'documentType' };
      header.documentType = text;
      i += 1;
      break;
    } else if (isUpperLine(line)) {
      roles[i] = { kind: 'header', field: 'headerLeft' };
      header.headerLeft.push(text);
    } else {
      // Running text before any type word: the header has ended without one.
      break;
    }
  }
  if (header.documentType === null) {
    header.end = 0;
    for (let j = 0; j < i; j += 1) delete roles[j];
    return header;
  }
  readTitle(lines, i, roles, header);
  return header;
}

/**
 * The title under the type word, from line `start`: up to a "-----" rule close below, else a
 * bold block, else one paragraph. Records the lines' roles, the title and where the header ends.
 */
function readTitle(lines: readonly string[], start: number, roles: LineRole[], header: Header): void {
  let i = start;
  while (i < lines.length && isBlank(lines[i]!)) roles[i++] = { kind: 'blank' };
  const ruleAt = lines.slice(i, i + 12).findIndex((line) => isRule(line));
  let stop: number;
  if (ruleAt !== -1) stop = i + ruleAt;
  else if (tidy(lines[i] ?? '').startsWith('**')) {
    stop = i;
    while (stop < lines.length && !tidy(lines[stop]!).endsWith('**')) stop += 1;
    stop = Math.min(stop + 1, lines.length);
  } else {
    stop = i;
    while (stop < lines.length && !isBlank(lines[stop]!)) stop += 1;
  }
  const titleLines: string[] = [];
  for (let j = i; j < stop; j += 1) {
    if (isBlank(lines[j]!)) roles[j] = { kind: 'blank' };
    else {
      roles[j] = { kind: 'header', field: 'title' };
      titleLines.push(bare(lines[j]!));
    }
  }
  header.title = titleLines.join(' ') || null;
  if (ruleAt !== -1) roles[stop] = { kind: 'header', field: 'rule' };
  header.end = ruleAt !== -1 ? stop + 1 : stop;
}

/** Title case of a name printed in capitals: "QUẢNG NAM" → "Quảng Nam". */
export function titleCase(name: string): string {
  return name
    .toLocaleLowerCase('vi')
    .split(/\s+/u)
    .map((word) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1))
    .join(' ');
}

/** The province a header line names ("ĐẢNG BỘ TỈNH QUẢNG NAM", "TỈNH ỦY TRÀ VINH"), or null. */
export function provinceOfHeaderLine(line: string): string | null {
  const match = /^(?:ĐẢNG BỘ TỈNH|TỈNH ỦY|TỈNH UỶ|ĐẢNG BỘ THÀNH PHỐ|THÀNH ỦY|THÀNH UỶ)\s+(.+)$/u.exec(line);
  return match ? titleCase(match[1]!) : null;
}
