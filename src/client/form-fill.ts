import { translator } from '../i18n/format';
import type { FillMessage } from '../lib/forms/fill-page';
import {
  asideKey,
  DRAFT_MAX_BYTES,
  draftFileName,
  draftText,
  hasValues,
  parseSavedValues,
  readDraft,
  sameValues,
  storageKey,
  type DraftError,
  type SavedProblem,
  type Values,
} from '../lib/forms/draft';
import type { FormDocument } from '../schemas/form';
import { todayInVietnam } from './today';

/**
 * The fill-in page: values live in this browser's localStorage (never sent anywhere), so
 * they survive a reload, and in memory, so typing and downloading go on when storage
 * fails. Saved data the page cannot use is copied to a key of its own before anything is
 * written over it; every such problem stays on screen in an alert. Fields that share a
 * label share one value. Draft files carry the values to another device. A year field the
 * user has not filled holds the current year in Vietnam, a proposal they may change; it is
 * saved with the other values once anything is saved, and a year field the user empties
 * stays empty.
 */
interface Payload {
  id: string;
  name: string;
  document: FormDocument;
  /** Labels of the fields where the "Bản để điền" leaves a year blank. */
  yearFields: string[];
}

type Text = ReturnType<typeof translator<FillMessage>>;

/** localStorage, or null where the browser refuses it (storage disabled, some private modes). */
function openStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Reads the form's saved data; null storage when reading it throws. */
function readSaved(storage: Storage | null, key: string): { storage: Storage | null; raw: string | null } {
  if (!storage) return { storage, raw: null };
  try {
    return { storage, raw: storage.getItem(key) };
  } catch {
    return { storage: null, raw: null };
  }
}

function problemText(problem: SavedProblem, text: Text): string {
  return problem.kind === 'corrupt'
    ? text('corrupt')
    : text('nonText', { count: problem.labels.length, labels: problem.labels.join(', ') });
}

function draftErrorText(error: DraftError, file: string, text: Text): string {
  switch (error.kind) {
    case 'too-big':
      return text('draftTooBig', { file, max: `${DRAFT_MAX_BYTES / 1024 / 1024} MB` });
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

export function startFormFill(): void {
  const data = document.getElementById('form-data')?.textContent;
  const root = document.querySelector<HTMLElement>('[data-fill-page]');
  const form = document.querySelector<HTMLElement>('[data-fill-form]');
  const actions = root?.querySelector<HTMLElement>('[data-fill-actions]');
  const status = root?.querySelector<HTMLElement>('[data-fill-status]');
  const alert = document.querySelector<HTMLElement>('[data-fill-alert]');
  const draftInput = root?.querySelector<HTMLInputElement>('[data-fill-draft-file]');
  if (!data || !root || !form || !actions || !status || !alert || !draftInput) return;
  const text = translator(JSON.parse(root.dataset.messages ?? '{}') as Record<FillMessage, string>);
  const payload = JSON.parse(data) as Payload;
  const key = storageKey(payload.id);
  const fields = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-field]')];

  // What the alert says, by topic; a topic's message goes when its problem is solved.
  const problems = new Map<'saved' | 'storage' | 'draft' | 'download', string>();
  const render = () => {
    alert.replaceChildren(
      ...[...problems.values()].map((message) => {
        const paragraph = document.createElement('p');
        paragraph.textContent = message;
        return paragraph;
      }),
    );
    alert.hidden = problems.size === 0;
    // Not saving is a state that lasts while the user types: keep it in view.
    alert.classList.toggle('fill-alert--sticky', problems.has('storage') || !writable);
  };

  const read = readSaved(openStorage(), key);
  const storage = read.storage;
  const saved = parseSavedValues(read.raw);
  const year = todayInVietnam().slice(0, 4);
  /** The values with the current year in every year field the user has not filled (nor emptied). */
  /** Year fields holding the proposal untouched: not something the user typed. */
  let proposed = new Set<string>();
  const withYear = (from: Values): Values => {
    const result = { ...from };
    proposed = new Set(payload.yearFields.filter((label) => !Object.hasOwn(from, label)));
    for (const label of proposed) result[label] = year;
    return result;
  };
  /** What the user typed or opened, without untouched proposals. */
  const typed = (): Values => Object.fromEntries(Object.entries(values).filter(([label]) => !proposed.has(label)));
  let values: Values = withYear(saved.values);
  // False while the form's key holds data that could not be copied aside: it is never written over.
  let writable = storage !== null;
  if (storage && saved.problem && read.raw !== null) {
    try {
      storage.setItem(asideKey(payload.id, new Date()), read.raw);
      problems.set('saved', problemText(saved.problem, text));
    } catch {
      writable = false;
      problems.set('saved', text('asideFailed'));
    }
  }
  if (!storage) problems.set('storage', text('notSaved'));

  /** Writes the values to storage; says so when it cannot. */
  const persist = (): boolean => {
    if (!storage || !writable) return false;
    try {
      storage.setItem(key, JSON.stringify(values));
      problems.delete('storage');
      return true;
    } catch {
      problems.set('storage', text('notSaved'));
      return false;
    }
  };

  /** A field's print copy (its next element) holds its value: inputs do not wrap on paper. */
  const mirror = (field: HTMLInputElement | HTMLTextAreaElement) => {
    const copy = field.nextElementSibling;
    if (copy instanceof HTMLElement && copy.hasAttribute('data-print-value')) copy.textContent = field.value;
  };
  const show = () => {
    for (const field of fields) {
      const label = field.dataset.field ?? '';
      field.value = Object.hasOwn(values, label) ? values[label]! : '';
      mirror(field);
    }
  };
  show();
  render();
  actions.hidden = false;

  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    const label = target.dataset.field;
    if (!label) return;
    values = { ...values, [label]: target.value };
    proposed.delete(label);
    // An emptied year field keeps its empty value, so the year is not proposed again.
    if (!target.value && !payload.yearFields.includes(label)) delete values[label];
    for (const field of fields) {
      if (field.dataset.field !== label) continue;
      if (field !== target) field.value = target.value;
      mirror(field);
    }
    status.textContent = persist() ? text('saved') : '';
    render();
  });

  actions.querySelector('[data-fill-print]')?.addEventListener('click', () => window.print());

  const download = async (): Promise<void> => {
    try {
      // docx is loaded only now, on this page, when the user asks for the file.
      const [{ Packer }, { formToDocx }] = await Promise.all([import('docx'), import('../lib/forms/docx')]);
      saveFile(await Packer.toBlob(formToDocx(payload.document, values, payload.name)), `${payload.id}-da-dien.docx`);
      problems.delete('download');
    } catch {
      // E.g. offline before docx was ever fetched: the values are still here.
      problems.set('download', text('downloadFailed'));
    }
    render();
  };

  actions.querySelector('[data-fill-download]')?.addEventListener('click', () => void download());

  actions.querySelector('[data-fill-clear]')?.addEventListener('click', () => {
    if (!window.confirm(text('confirmClear'))) return;
    // As on a first visit: nothing typed, the year proposed again (and saved only with a value typed).
    values = withYear({});
    show();
    if (storage && writable) {
      try {
        storage.removeItem(key);
      } catch {
        // Nothing to undo: the values are gone from the page, as asked.
      }
    }
    status.textContent = text('cleared');
  });

  actions.querySelector('[data-fill-draft-save]')?.addEventListener('click', () => {
    const name = draftFileName(payload.id);
    saveFile(new Blob([draftText(payload.id, payload.name, values)], { type: 'application/json' }), name);
    status.textContent = text('draftSaved', { file: name });
  });

  const openDraft = async (): Promise<void> => {
    const file = draftInput.files?.[0];
    // The same file may be chosen again later (after a fix, or to undo changes).
    draftInput.value = '';
    if (!file) return;
    let result: ReturnType<typeof readDraft>;
    if (file.size > DRAFT_MAX_BYTES) {
      result = { ok: false, error: { kind: 'too-big' } };
    } else {
      try {
        result = readDraft(await file.text(), payload.id);
      } catch {
        problems.set('draft', text('draftUnreadable', { file: file.name }));
        render();
        return;
      }
    }
    if (!result.ok) {
      problems.set('draft', draftErrorText(result.error, file.name, text));
      render();
      return;
    }
    problems.delete('draft');
    // Typed values are replaced only when the user agrees (nothing to lose otherwise).
    if (hasValues(typed()) && !sameValues(typed(), result.values)) {
      if (!window.confirm(text('confirmDraft', { file: file.name }))) {
        render();
        return;
      }
    }
    values = withYear(result.values);
    show();
    persist();
    status.textContent = text('draftOpened', { file: file.name });
    render();
  };

  actions.querySelector('[data-fill-draft-open]')?.addEventListener('click', () => draftInput.click());
  draftInput.addEventListener('change', () => void openDraft());
}
