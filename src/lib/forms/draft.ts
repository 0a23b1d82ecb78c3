/**
 * A filled form's values away from the page: in the browser's storage and in draft files
 * a cadre carries to another device. Reading either never throws and never drops a value
 * silently: what cannot be used is reported, so the page can say so and keep a copy.
 * No DOM here (src/client/form-fill/ does the storage and file handling); no zod either,
 * since this runs on the fill-in page, whose script must stay small.
 */

/** Values by field label, as the fill-in page edits them. */
export type Values = Record<string, string>;

/** The storage key of a form's values. */
export const storageKey = (formId: string): string => `so-tay:bieu-mau:${formId}`;

/**
 * Where unusable saved data is kept aside before the form's key is written again, e.g.
 * `so-tay:bieu-mau:mau-01:hong:2026-11-29T18:20:00.000Z`: a key of its own per incident,
 * so an earlier copy is never overwritten.
 */
export const asideKey = (formId: string, at: Date): string => `${storageKey(formId)}:hong:${at.toISOString()}`;

/** What was wrong with saved data: nothing usable in it, or some values that are not text. */
export type SavedProblem = { kind: 'corrupt' } | { kind: 'non-text'; labels: string[] };

export interface SavedValues {
  /** The usable values (all of them when there is no problem). */
  values: Values;
  /** Null when the saved data is exactly what the page writes; otherwise keep a copy aside. */
  problem: SavedProblem | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The text values of a record, and the labels of the others. */
function textValues(record: Record<string, unknown>): { values: Values; ignored: string[] } {
  const entries = Object.entries(record);
  return {
    // fromEntries defines properties, so a label such as "__proto__" stays an ordinary value.
    values: Object.fromEntries(entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
    ignored: entries.filter(([, value]) => typeof value !== 'string').map(([label]) => label),
  };
}

/**
 * Saved values as the page wrote them (a JSON object of strings), read back. Invalid JSON
 * or another shape is `corrupt` (nothing usable); an object with some values that are not
 * text keeps its text values and names the others.
 */
export function parseSavedValues(raw: string | null): SavedValues {
  if (raw === null) return { values: {}, problem: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { values: {}, problem: { kind: 'corrupt' } };
  }
  if (!isRecord(parsed)) return { values: {}, problem: { kind: 'corrupt' } };
  const { values, ignored } = textValues(parsed);
  return { values, problem: ignored.length > 0 ? { kind: 'non-text', labels: ignored } : null };
}

/** Whether any field holds a value. */
export const hasValues = (values: Values): boolean => Object.values(values).some((value) => value !== '');

/** Two sets of values hold the same text in the same fields (empty fields count as absent). */
export function sameValues(a: Values, b: Values): boolean {
  const filled = (values: Values) =>
    Object.entries(values)
      .filter(([, value]) => value !== '')
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return JSON.stringify(filled(a)) === JSON.stringify(filled(b));
}

/** What a draft file says it is. */
export const DRAFT_FORMAT = 'so-tay-ban-nhap-bieu-mau';
/** Raised when the file's shape changes; a page reads every version up to its own. */
export const DRAFT_VERSION = 1;
/**
 * The largest draft file, in bytes: the page refuses to save a bigger one and to open one
 * (checked before reading, so a video picked by mistake is not read whole). A real report
 * is well under 1 MB; the limit is above what the browser's storage holds of typed text
 * (Chromium keeps 5 Mi UTF-16 units an origin: at most 15 MiB as UTF-8). One limit for
 * both, so the page never writes a draft it would not open.
 */
export const DRAFT_MAX_BYTES = 16 * 1024 * 1024;

/** A draft file of a form. */
export interface DraftFile {
  format: typeof DRAFT_FORMAT;
  version: number;
  /** The form's id (its file name in content/forms/), which a draft must match to be opened. */
  form: string;
  /** The form's name, for a person who opens the file. */
  name: string;
  values: Values;
}

/** The file name a draft is saved under. */
export const draftFileName = (formId: string): string => `${formId}-ban-nhap.json`;

/** The text of a draft file: small, readable JSON. Empty fields are left out. */
export function draftText(formId: string, name: string, values: Values): string {
  const filled = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
  const draft: DraftFile = { format: DRAFT_FORMAT, version: DRAFT_VERSION, form: formId, name, values: filled };
  return `${JSON.stringify(draft, null, 2)}\n`;
}

/** Why a file cannot be opened as a draft of this form. */
export type DraftError =
  | { kind: 'too-big' }
  | { kind: 'not-json' }
  | { kind: 'not-draft' }
  | { kind: 'newer-version' }
  | { kind: 'other-form'; form: string; name: string };

export type DraftResult = { ok: true; values: Values } | { ok: false; error: DraftError };

/** The byte length of text as UTF-8, without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * A draft file's text checked before its values replace anything: JSON, the draft format,
 * a version this page reads, this form's id, and only text values.
 */
export function readDraft(text: string, formId: string): DraftResult {
  const fail = (error: DraftError): DraftResult => ({ ok: false, error });
  if (text.length > DRAFT_MAX_BYTES || utf8Length(text) > DRAFT_MAX_BYTES) return fail({ kind: 'too-big' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail({ kind: 'not-json' });
  }
  if (!isRecord(parsed) || parsed.format !== DRAFT_FORMAT) return fail({ kind: 'not-draft' });
  const { version, form, name, values } = parsed;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail({ kind: 'not-draft' });
  if (version > DRAFT_VERSION) return fail({ kind: 'newer-version' });
  if (typeof form !== 'string' || !isRecord(values)) return fail({ kind: 'not-draft' });
  if (form !== formId) return fail({ kind: 'other-form', form, name: typeof name === 'string' ? name : form });
  const read = textValues(values);
  if (read.ignored.length > 0) return fail({ kind: 'not-draft' });
  return { ok: true, values: read.values };
}
