import ICAL from 'ical.js';

/**
 * A strict reading of an iCalendar file against RFC 5545, beyond what ical.js checks when it
 * parses (it accepts LF line ends, bare CRs inside a line, long lines, a calendar without
 * events, repeated UIDs): every check of the unit tests and of the built calendars.
 */

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const CRLF = Buffer.from('\r\n');

/** The physical lines of a file, as bytes, each without its CRLF; null when it does not end with CRLF. */
export function physicalLines(bytes: Buffer): Buffer[] | null {
  const lines: Buffer[] = [];
  for (let start = 0; start < bytes.length;) {
    const end = bytes.indexOf(CRLF, start);
    if (end < 0) return null;
    lines.push(bytes.subarray(start, end));
    start = end + 2;
  }
  return lines;
}

/** Content lines, unfolded over the bytes (RFC 5545 §3.1: CRLF followed by one space or tab). */
export function unfold(lines: Buffer[]): string[] {
  const logical: Buffer[][] = [];
  for (const line of lines) {
    if ((line[0] === 0x20 || line[0] === 0x09) && logical.length > 0) logical.at(-1)!.push(line.subarray(1));
    else logical.push([line]);
  }
  return logical.map((parts) => strictUtf8.decode(Buffer.concat(parts)));
}

/** Problems of the lines: CRLF only, at most 75 octets each, each whole UTF-8 (a fold splits no character). */
function lineProblems(bytes: Buffer): { lines: Buffer[] | null; problems: string[] } {
  const lines = physicalLines(bytes);
  if (!lines) return { lines, problems: ['the file does not end with CRLF'] };
  const problems: string[] = [];
  for (const [index, line] of lines.entries()) {
    const where = `line ${index + 1}`;
    if (line.length > 75) problems.push(`${where}: ${line.length} octets`);
    if (line.includes(0x0d)) problems.push(`${where}: bare CR`);
    if (line.includes(0x0a)) problems.push(`${where}: bare LF`);
    try {
      strictUtf8.decode(line);
    } catch {
      problems.push(`${where}: not whole UTF-8 characters`);
    }
  }
  return { lines, problems };
}

/** What is wrong with a calendar file, in words; [] when nothing is. */
export function icsProblems(bytes: Buffer): string[] {
  const { problems } = lineProblems(bytes);
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(bytes.toString('utf8')));
  } catch (error) {
    return [...problems, `ical.js cannot parse it: ${String(error)}`];
  }
  if (calendar.name !== 'vcalendar') problems.push(`a ${calendar.name}, not a vcalendar`);
  const vevents = calendar.getAllSubcomponents('vevent');
  if (vevents.length === 0) problems.push('no VEVENT');
  const uids = new Set<string>();
  for (const [index, vevent] of vevents.entries()) {
    const uid = vevent.getFirstPropertyValue('uid');
    if (typeof uid !== 'string' || uid === '') problems.push(`VEVENT ${index + 1}: no UID`);
    else if (uids.has(uid)) problems.push(`VEVENT ${index + 1}: UID ${uid} repeated`);
    else uids.add(uid);
    if (!vevent.hasProperty('dtstamp')) problems.push(`VEVENT ${index + 1}: no DTSTAMP`);
    if (!vevent.hasProperty('dtstart')) problems.push(`VEVENT ${index + 1}: no DTSTART`);
  }
  return problems;
}

/**
 * A TEXT value read back from its escaped form (RFC 5545 §3.3.11), with ical.js's own
 * reader: for a property ical.js does not know (X-WR-CALNAME), which it leaves escaped.
 */
export const textValue = (escaped: string): string => ICAL.design.icalendar.value.text.fromICAL(escaped);
