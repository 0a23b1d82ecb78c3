import type { FieldValues } from '../lib/forms/inline';
import type { FormDocument } from '../schemas/form';

/**
 * The fill-in page: values live only in this browser's localStorage (never sent anywhere),
 * so they survive a reload. Fields that share a label share one value.
 */
interface Payload {
  id: string;
  name: string;
  document: FormDocument;
}

export const storageKey = (id: string): string => `so-tay:bieu-mau:${id}`;

function readValues(key: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function startFormFill(): void {
  const data = document.getElementById('form-data')?.textContent;
  const form = document.querySelector<HTMLElement>('[data-fill-form]');
  const actions = document.querySelector<HTMLElement>('[data-fill-actions]');
  const status = document.querySelector<HTMLElement>('[data-fill-status]');
  if (!data || !form || !actions || !status) return;
  const payload = JSON.parse(data) as Payload;
  const key = storageKey(payload.id);
  const fields = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-field]')];
  let values = readValues(key);

  const show = () => {
    for (const field of fields) field.value = values[field.dataset.field ?? ''] ?? '';
  };
  show();
  actions.hidden = false;

  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    const label = target.dataset.field;
    if (!label) return;
    values = { ...values, [label]: target.value };
    if (!target.value) delete values[label];
    for (const field of fields) if (field !== target && field.dataset.field === label) field.value = target.value;
    localStorage.setItem(key, JSON.stringify(values));
    status.textContent = status.dataset.saved ?? '';
  });

  actions.querySelector('[data-fill-print]')?.addEventListener('click', () => window.print());

  actions.querySelector('[data-fill-download]')?.addEventListener('click', () => void download());

  async function download(): Promise<void> {
    // docx is loaded only now, on this page, when the user asks for the file.
    const [{ Packer }, { formToDocx }] = await Promise.all([import('docx'), import('../lib/forms/docx')]);
    const blob = await Packer.toBlob(formToDocx(payload.document, values as FieldValues, payload.name));
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${payload.id}-da-dien.docx`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  const clear = actions.querySelector<HTMLButtonElement>('[data-fill-clear]');
  clear?.addEventListener('click', () => {
    if (!window.confirm(clear.dataset.confirm ?? '')) return;
    values = {};
    localStorage.removeItem(key);
    show();
    status.textContent = status.dataset.cleared ?? '';
  });
}
