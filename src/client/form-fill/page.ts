import { translator } from '../../i18n/format';
import type { FillMessage } from '../../lib/forms/fill-page';
import { todayInVietnam } from '../today';
import { createFeedback, type Feedback } from './feedback';
import { downloadDocx, openDraft, saveDraft } from './files';
import { openStore, removeValues } from './store';
import { renderProblems, save, show, storeReport, sync, type Field, type Fill, type Payload } from './values';

/**
 * The fill-in page: values live in this browser's localStorage (never sent anywhere), so
 * they survive a reload, and in memory, so typing and downloading go on when storage
 * fails. Saved data the page cannot use is copied to a key of its own before anything is
 * written over it; every such problem stays on screen in an alert. Fields that share a
 * label share one value. Tabs with the same form open save into the same key field by
 * field and follow each other's changes (values.ts). Draft files carry the values to
 * another device. A year field the user has not filled holds the current year in Vietnam,
 * a proposal they may change; it is saved with the other values once anything is saved,
 * and a year field the user empties stays empty.
 */

/** The page's elements the script needs, or null where the page is not the fill-in page. */
function findElements() {
  const root = document.querySelector<HTMLElement>('[data-fill-page]');
  const one = (selector: string) => document.querySelector<HTMLElement>(selector);
  const elements = {
    data: document.getElementById('form-data')?.textContent,
    root,
    form: one('[data-fill-form]'),
    actions: root?.querySelector<HTMLElement>('[data-fill-actions]'),
    status: root?.querySelector<HTMLElement>('[data-fill-status]'),
    draftInput: root?.querySelector<HTMLInputElement>('[data-fill-draft-file]'),
    messages: one('[data-fill-messages]'),
    alert: one('[data-fill-alert]'),
    notice: one('[data-fill-notice]'),
    noticeText: one('[data-fill-notice-text]'),
    noticeClose: one('[data-fill-notice-close]'),
  };
  const present = Object.values(elements).every(Boolean);
  return present ? (elements as { [K in keyof typeof elements]: NonNullable<(typeof elements)[K]> }) : null;
}

/** The page's state: the values read from storage (or nothing, where storage is refused). */
function createFill(payload: Payload, fields: Field[], feedback: Feedback): Fill {
  const store = openStore(payload.id, storeReport({ feedback }));
  if (!store.storage) feedback.problems.set('storage', feedback.text('notSaved'));
  const year = todayInVietnam().slice(0, 4);
  return { payload, fields, feedback, store, core: store.base, typedHere: new Set(), year };
}

/** A keystroke: the field's copies follow, and the value is saved at once. */
function onInput(fill: Fill, target: Field): void {
  const label = target.dataset.field;
  if (!label) return;
  const core = { ...fill.core, [label]: target.value };
  // An emptied year field keeps its empty value, so the year is not proposed again.
  if (!target.value && !fill.payload.yearFields.includes(label)) delete core[label];
  fill.core = core;
  fill.typedHere.add(label);
  const saved = save(fill);
  show(fill);
  fill.feedback.status(saved ? fill.feedback.text('saved') : '');
  renderProblems(fill);
}

/** "Xóa": as on a first visit, here and in the other tabs (the year is proposed again). */
function clear(fill: Fill): void {
  if (!window.confirm(fill.feedback.text('confirmClear'))) return;
  fill.core = {};
  fill.typedHere.clear();
  show(fill);
  removeValues(fill.store);
  fill.feedback.status(fill.feedback.text('cleared'));
}

export function startFormFill(): void {
  const elements = findElements();
  if (!elements) return;
  const { root, form, actions, draftInput } = elements;
  const text = translator(JSON.parse(root.dataset.messages ?? '{}') as Record<FillMessage, string>);
  const fill = createFill(
    JSON.parse(elements.data) as Payload,
    [...form.querySelectorAll<Field>('[data-field]')],
    createFeedback(elements, text),
  );
  show(fill);
  renderProblems(fill);
  actions.hidden = false;

  form.addEventListener('input', (event) => onInput(fill, event.target as Field));
  // Another tab saved this form (the event never fires in the tab that saved).
  window.addEventListener('storage', (event) => {
    if (event.key === fill.store.key || event.key === null) sync(fill);
  });
  const on = (selector: string, listener: () => void) =>
    actions.querySelector(selector)?.addEventListener('click', listener);
  on('[data-fill-print]', () => window.print());
  on('[data-fill-download]', () => void downloadDocx(fill));
  on('[data-fill-clear]', () => clear(fill));
  on('[data-fill-draft-save]', () => saveDraft(fill));
  on('[data-fill-draft-open]', () => draftInput.click());
  draftInput.addEventListener('change', () => {
    const file = draftInput.files?.[0];
    // The same file may be chosen again later (after a fix, or to undo changes).
    draftInput.value = '';
    if (file) void openDraft(fill, file);
  });
}
