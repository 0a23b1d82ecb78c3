import { Packer } from 'docx';
import type { Form } from '../../schemas/form';
import { deterministicDocx } from './docx-bytes';
import { formToDocx } from './docx';
import { fillableDocument } from './edits';

/** Which copy of a form: the "Bản để điền" (edits applied) or the verbatim "Bản gốc". */
export type FormVersion = 'fillable' | 'original';

/** The form's document in the given version. */
export const versionDocument = (form: Form, version: FormVersion) =>
  version === 'original' ? form.document : fillableDocument(form);

/** The blank form as .docx bytes, identical for identical content (Node only). */
export async function blankFormDocx(form: Form, version: FormVersion = 'fillable'): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(formToDocx(versionDocument(form, version), {}, form.name));
  return deterministicDocx(new Uint8Array(buffer));
}

/** A .docx endpoint's answer: the file's bytes, sent as a Word document. */
export function docxResponse(bytes: Uint8Array): Response {
  // A copy typed as backed by a plain ArrayBuffer, which Response accepts.
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
}
