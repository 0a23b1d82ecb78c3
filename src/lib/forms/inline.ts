/**
 * The inline mark-up of form text in content/forms: plain text as printed, with
 *   {{.....|Nhãn}}  a blank printed as "....." that a user fills; "Nhãn" labels its field,
 *   *chữ nghiêng*   italic guidance as printed.
 * Blanks that share a label share one value (e.g. every "tháng .../2020").
 */

export type Segment =
  { kind: 'text'; text: string; italic: boolean } | { kind: 'blank'; printed: string; label: string; italic: boolean };

const TOKEN = /\{\{([^|}]*)\|([^}]+)\}\}|\*([^*]+)\*/gu;

/** Splits one line of form text into text and blank segments. */
export function parseInline(source: string, italic = false): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  const pushText = (text: string, slanted: boolean) => {
    if (text) segments.push({ kind: 'text', text, italic: slanted });
  };
  for (const match of source.matchAll(TOKEN)) {
    pushText(source.slice(last, match.index), italic);
    if (match[3] !== undefined) {
      segments.push(...parseInline(match[3], true));
    } else {
      const label = (match[2] ?? '').trim();
      if (!label) throw new Error(`blank without a label in "${source}"`);
      segments.push({ kind: 'blank', printed: match[1] ?? '', label, italic });
    }
    last = match.index + match[0].length;
  }
  pushText(source.slice(last), italic);
  if (/\{\{|\}\}/u.test(segments.map((s) => (s.kind === 'text' ? s.text : '')).join(''))) {
    throw new Error(`malformed blank in "${source}": write {{.....|Nhãn}}`);
  }
  return segments;
}

/** Field values by label; a missing or empty value leaves the blank as printed. */
export type FieldValues = Readonly<Record<string, string>>;

/**
 * The trimmed value of a field, or '' when there is none. Values come from the browser's
 * storage, so only a string of the record's own counts (never an inherited "constructor").
 */
export function fieldValue(values: FieldValues, label: string): string {
  const value: unknown = Object.hasOwn(values, label) ? values[label] : undefined;
  return typeof value === 'string' ? value.trim() : '';
}

/** The text of segments as printed, or with the given values written into the blanks. */
export function segmentsText(segments: Segment[], values: FieldValues = {}): string {
  return segments
    .map((segment) => {
      if (segment.kind === 'text') return segment.text;
      return fieldValue(values, segment.label) || segment.printed;
    })
    .join('');
}
