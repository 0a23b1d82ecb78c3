import type { FormBlock, FormDocument, FormEdit } from '../../schemas/form';
import { parseInline, type Segment } from './inline';

/**
 * The "Bản để điền" of a form: its original (`document`, verbatim) with the declared edits
 * applied, misprints corrected and fixed years turned into blanks. Edits work on the form's
 * text as printed, one text run at a time: a `find` never spans a blank or a change of
 * italics, and the blanks it leaves in place stay as they are.
 */

export interface EditedForm {
  document: FormDocument;
  /** One message per edit that does not match the original as declared (empty when all do). */
  problems: string[];
}

/** Editorial notes as the misprint check reads them. */
interface NoteLike {
  quote: string;
  note: string;
}

const hasBlank = (segments: Segment[]): boolean => segments.some((segment) => segment.kind === 'blank');

const occurrences = (text: string, find: string): number => text.split(find).length - 1;

/** How one edit rewrites text, counting as it goes. */
interface Rewrite {
  /** A plain string of the form (no blanks allowed there): the motto, type, table headers, roles. */
  plain: (text: string) => string;
  /** A line of text runs and blanks. */
  line: (segments: Segment[]) => Segment[];
  /** Occurrences of `find` met so far, and how many of them in plain strings a blank cannot go into. */
  tally: { found: number; inPlainText: number };
}

/** The edit's `replace` as segments, or the problem that keeps it from applying. */
function parseReplacement(edit: FormEdit, field: string): { replacement: Segment[] } | { problem: string } {
  let replacement: Segment[];
  try {
    replacement = parseInline(edit.replace);
  } catch (error) {
    return { problem: `${field}.replace: ${(error as Error).message}` };
  }
  if (edit.kind === 'year' && !hasBlank(replacement)) {
    return { problem: `${field}.replace "${edit.replace}" must turn the year into a blank: write {{.....|Nhãn}}` };
  }
  if (edit.kind === 'misprint' && hasBlank(replacement)) {
    return { problem: `${field}.replace "${edit.replace}" corrects a misprint, so it may not hold a blank` };
  }
  return { replacement };
}

/** Replaces `find` one text run at a time; inserted runs keep the italics of the run they land in. */
function rewrite(edit: FormEdit, replacement: Segment[]): Rewrite {
  const tally = { found: 0, inPlainText: 0 };
  const plain = (text: string): string => {
    const count = occurrences(text, edit.find);
    if (count === 0) return text;
    tally.found += count;
    if (hasBlank(replacement)) {
      tally.inPlainText += count;
      return text;
    }
    return text.split(edit.find).join(edit.replace);
  };
  const line = (segments: Segment[]): Segment[] =>
    segments.flatMap((segment) => {
      if (segment.kind !== 'text') return [segment];
      const parts = segment.text.split(edit.find);
      if (parts.length === 1) return [segment];
      tally.found += parts.length - 1;
      const inserted = replacement.map((part) => ({ ...part, italic: part.italic || segment.italic }));
      return parts.flatMap((part, partIndex) => [
        ...(partIndex > 0 ? inserted : []),
        ...(part ? [{ ...segment, text: part }] : []),
      ]);
    });
  return { plain, line, tally };
}

/** Every text of the form passed through `plain` or `line`, in reading order. */
function rewriteDocument(document: FormDocument, { plain, line }: Rewrite): FormDocument {
  const block = (item: FormBlock): FormBlock =>
    item.kind === 'table'
      ? {
          ...item,
          header: item.header.map((row) => row.map((cell) => ({ ...cell, text: plain(cell.text) }))),
          rows: item.rows.map((row) => row.map((cell) => (cell === null ? null : line(cell)))),
        }
      : { ...item, text: line(item.text) };
  return {
    ...document,
    header: document.header && {
      ...document.header,
      left: document.header.left.map(line),
      number: document.header.number && line(document.header.number),
      party: plain(document.header.party),
      dateLine: document.header.dateLine && line(document.header.dateLine),
    },
    type: plain(document.type),
    title: document.title.map(line),
    note: document.note.map(line),
    body: document.body.map(block),
    recipients: document.recipients && {
      label: plain(document.recipients.label),
      items: document.recipients.items.map(line),
    },
    signature: document.signature && {
      roles: document.signature.roles.map(plain),
      name: document.signature.name && line(document.signature.name),
    },
  };
}

/** One edit applied to the document, or the problem that keeps it from applying as declared. */
function applyEdit(
  document: FormDocument,
  edit: FormEdit,
  field: string,
): { document: FormDocument } | { problem: string } {
  const parsed = parseReplacement(edit, field);
  if ('problem' in parsed) return parsed;
  const rewriter = rewrite(edit, parsed.replacement);
  const next = rewriteDocument(document, rewriter);
  const { found, inPlainText } = rewriter.tally;
  if (found !== edit.count) {
    return {
      problem: `${field}.find "${edit.find}" occurs ${found} time(s) in the form as printed, but count declares ${edit.count}`,
    };
  }
  if (inPlainText > 0) {
    return { problem: `${field}.find "${edit.find}" occurs where the form holds no blank (motto, type, table header)` };
  }
  return { document: next };
}

/** Applies the edits in order to the document; the original is left untouched. An edit with a problem is skipped. */
export function applyEdits(document: FormDocument, edits: readonly FormEdit[]): EditedForm {
  const problems: string[] = [];
  let current = document;
  edits.forEach((edit, index) => {
    const result = applyEdit(current, edit, `edits[${index}]`);
    if ('problem' in result) problems.push(result.problem);
    else current = result.document;
  });
  return { document: current, problems };
}

/**
 * A misprint is corrected only as an editorial note of the form says: a note must quote the
 * misprinted words and give `replace` in quotes (“…”), as the notes do ("đúng là “…”").
 */
export function misprintProblems(edits: readonly FormEdit[], notes: readonly NoteLike[]): string[] {
  return edits.flatMap((edit, index) =>
    edit.kind !== 'misprint' ||
    notes.some((note) => note.quote.includes(edit.find) && note.note.includes(`“${edit.replace}”`))
      ? []
      : [
          `edits[${index}] corrects "${edit.find}" to "${edit.replace}", which no editorial note of the form says (a note must quote "${edit.find}" and give “${edit.replace}”)`,
        ],
  );
}

/** The labels of the blanks the year edits add: the fill-in page proposes the current year there. */
export function yearFieldLabels(edits: readonly FormEdit[]): string[] {
  const labels = edits
    .filter((edit) => edit.kind === 'year')
    .flatMap((edit) => {
      try {
        return parseInline(edit.replace).flatMap((segment) => (segment.kind === 'blank' ? [segment.label] : []));
      } catch {
        return [];
      }
    });
  return [...new Set(labels)];
}

/** The "Bản để điền" of a form whose edits the build has checked. */
export function fillableDocument(form: { document: FormDocument; edits: readonly FormEdit[] }): FormDocument {
  return applyEdits(form.document, form.edits).document;
}
