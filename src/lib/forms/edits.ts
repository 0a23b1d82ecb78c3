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

/** Applies the edits in order to the document; the original is left untouched. */
export function applyEdits(document: FormDocument, edits: readonly FormEdit[]): EditedForm {
  const problems: string[] = [];
  let current = document;
  edits.forEach((edit, index) => {
    const field = `edits[${index}]`;
    let replacement: Segment[];
    try {
      replacement = parseInline(edit.replace);
    } catch (error) {
      problems.push(`${field}.replace: ${(error as Error).message}`);
      return;
    }
    if (edit.kind === 'year' && !hasBlank(replacement)) {
      problems.push(`${field}.replace "${edit.replace}" must turn the year into a blank: write {{.....|Nhãn}}`);
      return;
    }
    if (edit.kind === 'misprint' && hasBlank(replacement)) {
      problems.push(`${field}.replace "${edit.replace}" corrects a misprint, so it may not hold a blank`);
      return;
    }
    let found = 0;
    let inPlainText = 0;
    /** A plain string of the form (no blanks allowed there): the motto, type, table headers, roles. */
    const plain = (text: string): string => {
      const count = occurrences(text, edit.find);
      if (count === 0) return text;
      found += count;
      if (hasBlank(replacement)) {
        inPlainText += count;
        return text;
      }
      return text.split(edit.find).join(edit.replace);
    };
    const line = (segments: Segment[]): Segment[] =>
      segments.flatMap((segment) => {
        if (segment.kind !== 'text') return [segment];
        const parts = segment.text.split(edit.find);
        if (parts.length === 1) return [segment];
        found += parts.length - 1;
        const inserted = replacement.map((part) => ({ ...part, italic: part.italic || segment.italic }));
        return parts.flatMap((part, partIndex) => [
          ...(partIndex > 0 ? inserted : []),
          ...(part ? [{ ...segment, text: part }] : []),
        ]);
      });
    const block = (item: FormBlock): FormBlock =>
      item.kind === 'table'
        ? {
            ...item,
            header: item.header.map((row) => row.map((cell) => ({ ...cell, text: plain(cell.text) }))),
            rows: item.rows.map((row) => row.map((cell) => (cell === null ? null : line(cell)))),
          }
        : { ...item, text: line(item.text) };
    const next: FormDocument = {
      ...current,
      header: current.header && {
        ...current.header,
        left: current.header.left.map(line),
        number: current.header.number && line(current.header.number),
        party: plain(current.header.party),
        dateLine: current.header.dateLine && line(current.header.dateLine),
      },
      type: plain(current.type),
      title: current.title.map(line),
      note: current.note.map(line),
      body: current.body.map(block),
      recipients: current.recipients && {
        label: plain(current.recipients.label),
        items: current.recipients.items.map(line),
      },
      signature: current.signature && {
        roles: current.signature.roles.map(plain),
        name: current.signature.name && line(current.signature.name),
      },
    };
    if (found !== edit.count) {
      problems.push(
        `${field}.find "${edit.find}" occurs ${found} time(s) in the form as printed, but count declares ${edit.count}`,
      );
      return;
    }
    if (inPlainText > 0) {
      problems.push(`${field}.find "${edit.find}" occurs where the form holds no blank (motto, type, table header)`);
      return;
    }
    current = next;
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
