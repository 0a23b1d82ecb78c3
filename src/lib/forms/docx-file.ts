import { Packer } from 'docx';
import type { Form } from '../../schemas/form';
import { deterministicDocx } from './docx-bytes';
import { formToDocx } from './docx';

/** The blank form as .docx bytes, identical for identical content (Node only). */
export async function blankFormDocx(form: Form): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(formToDocx(form.document, {}, form.name));
  return deterministicDocx(new Uint8Array(buffer));
}

/** "12,3 KB", Vietnamese style. */
export function formatSize(bytes: number): string {
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / 1024)} KB`;
}
