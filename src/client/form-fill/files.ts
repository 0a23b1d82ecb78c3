import { DRAFT_MAX_BYTES, draftFileName, draftText, hasValues, readDraft, sameValues } from '../../lib/forms/draft';
import type { DraftError, DraftResult } from '../../lib/forms/draft';
import type { Text } from './feedback';
import { renderProblems, show, valuesOf, writeAll, type Fill } from './values';

/** The files the fill-in page writes and reads: the filled .docx, and draft files carried to another device. */

/** The draft size limit as the messages give it ("16 MB"; formatBytes would load /da-luu/'s module here). */
const draftLimit = `${DRAFT_MAX_BYTES / 1024 / 1024}\u00a0MB`;

/** Offers a file for download, as a link the user clicked would. */
function saveFile(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The filled .docx, built in the browser from the same code as the site's .docx files. */
export async function downloadDocx(fill: Fill): Promise<void> {
  const { payload, feedback } = fill;
  try {
    // docx is loaded only now, on this page, when the user asks for the file.
    const [{ Packer }, { formToDocx }] = await Promise.all([import('docx'), import('../../lib/forms/docx')]);
    saveFile(
      await Packer.toBlob(formToDocx(payload.document, valuesOf(fill), payload.name)),
      `${payload.id}-da-dien.docx`,
    );
    feedback.problems.delete('download');
  } catch {
    // E.g. offline before docx was ever fetched: the values are still here.
    feedback.problems.set('download', feedback.text('downloadFailed'));
  }
  renderProblems(fill);
}

/** Saves the values as a draft file, unless it is bigger than a draft the page opens. */
export function saveDraft(fill: Fill): void {
  const { payload, feedback } = fill;
  const name = draftFileName(payload.id);
  const blob = new Blob([draftText(payload.id, payload.name, valuesOf(fill))], { type: 'application/json' });
  if (blob.size > DRAFT_MAX_BYTES) {
    feedback.problems.set('draft', feedback.text('draftSaveTooBig', { max: draftLimit }));
    feedback.status('');
  } else {
    saveFile(blob, name);
    feedback.problems.delete('draft');
    feedback.status(feedback.text('draftSaved', { file: name }));
  }
  renderProblems(fill);
}

function draftErrorText(error: DraftError, file: string, text: Text): string {
  switch (error.kind) {
    case 'too-big':
      return text('draftTooBig', { file, max: draftLimit });
    case 'not-json':
      return text('draftNotJson', { file });
    case 'not-draft':
      return text('draftNotDraft', { file });
    case 'newer-version':
      return text('draftNewer', { file });
    case 'other-form':
      return text('draftOtherForm', { file, name: error.name });
  }
}

/** A picked file read as a draft of this form; null (and the alert says why) when it cannot be read. */
async function readDraftFile(fill: Fill, file: File): Promise<DraftResult | null> {
  if (file.size > DRAFT_MAX_BYTES) return { ok: false, error: { kind: 'too-big' } };
  try {
    return readDraft(await file.text(), fill.payload.id);
  } catch {
    fill.feedback.problems.set('draft', fill.feedback.text('draftUnreadable', { file: file.name }));
    return null;
  }
}

/**
 * Opens a draft file: its values replace the form's, here and in storage (the other tabs
 * follow), after the user agrees if that replaces values typed.
 */
export async function openDraft(fill: Fill, file: File): Promise<void> {
  const { feedback } = fill;
  const result = await readDraftFile(fill, file);
  if (result && !result.ok) feedback.problems.set('draft', draftErrorText(result.error, file.name, feedback.text));
  if (!result?.ok) return renderProblems(fill);
  feedback.problems.delete('draft');
  // Typed values are replaced only when the user agrees (nothing to lose otherwise).
  const typed = fill.core;
  if (hasValues(typed) && !sameValues(typed, result.values)) {
    if (!window.confirm(feedback.text('confirmDraft', { file: file.name }))) return renderProblems(fill);
  }
  fill.core = result.values;
  fill.typedHere.clear();
  show(fill);
  writeAll(fill);
  feedback.status(feedback.text('draftOpened', { file: file.name }));
  renderProblems(fill);
}
