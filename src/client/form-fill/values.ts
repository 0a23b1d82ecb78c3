import { hasValues, type Values } from '../../lib/forms/draft';
import { changedLabels, mergeValues, valueOf } from '../../lib/forms/merge';
import type { FormDocument } from '../../schemas/form';
import type { Feedback } from './feedback';
import { canWrite, readStored, writeValues, type Store, type StoreReport } from './store';

/**
 * The values of the fill-in page, in memory (so typing and downloading go on when storage
 * fails) and in storage, shared with the form's other open tabs. A keystroke is saved at
 * once, merged field by field into what storage holds now; another tab's save updates the
 * fields here. When both tabs changed a field, the most recent change stays and the tab
 * whose value went says so, with that value, since it is gone from storage.
 */
export interface Payload {
  id: string;
  name: string;
  document: FormDocument;
  /** Labels of the fields where the "Bản để điền" leaves a year blank. */
  yearFields: string[];
}

export type Field = HTMLInputElement | HTMLTextAreaElement;

export interface Fill {
  payload: Payload;
  fields: Field[];
  feedback: Feedback;
  store: Store;
  /** Values typed, opened or read from storage: without the year proposals. */
  core: Values;
  /** Labels whose value here was typed here (and not replaced by another tab since). */
  typedHere: Set<string>;
  /** The current year in Vietnam, proposed in every year field the user has not filled. */
  year: string;
}

/**
 * The values on the page: with the current year in every year field neither filled nor
 * emptied. A proposal is not something the user typed, so it never counts as a change of
 * this tab's; it is saved with the other values once anything is saved.
 */
export function valuesOf(fill: Fill): Values {
  const values = { ...fill.core };
  for (const label of fill.payload.yearFields) if (!Object.hasOwn(values, label)) values[label] = fill.year;
  return values;
}

/** What the page says when saved data cannot be used, by problem. */
export function storeReport(fill: Pick<Fill, 'feedback'>): StoreReport {
  const { feedback } = fill;
  const { text } = feedback;
  return (problem) =>
    feedback.problems.set(
      'saved',
      problem === 'aside-failed'
        ? text('asideFailed')
        : problem.kind === 'corrupt'
          ? text('corrupt')
          : text('nonText', { count: problem.labels.length, labels: problem.labels.join(', ') }),
    );
}

/** Shows the values in the fields; a field already showing its value is left alone (the caret stays). */
export function show(fill: Fill): void {
  const values = valuesOf(fill);
  for (const field of fill.fields) {
    const value = valueOf(values, field.dataset.field ?? '') ?? '';
    if (field.value !== value) field.value = value;
    // A field's print copy (its next element) holds its value: inputs do not wrap on paper.
    const copy = field.nextElementSibling;
    if (copy instanceof HTMLElement && copy.hasAttribute('data-print-value') && copy.textContent !== value)
      copy.textContent = value;
  }
}

/** Says on screen whether storage is failing, after any save or read. */
export function renderProblems(fill: Fill): void {
  const { feedback, store } = fill;
  // Not saving is a state that lasts while the user types: keep it in view.
  fill.feedback.render(feedback.problems.has('storage') || !store.writable);
}

/**
 * Writes the values as they are, year proposals included (the user replaced them all, or
 * save merged them); says so when storage refuses. Returns whether storage holds them.
 */
export function writeAll(fill: Fill): boolean {
  const values = valuesOf(fill);
  if (!writeValues(fill.store, values)) {
    if (canWrite(fill.store)) fill.feedback.problems.set('storage', fill.feedback.text('notSaved'));
    return false;
  }
  fill.feedback.problems.delete('storage');
  fill.core = values;
  return true;
}

/**
 * Saves this tab's changes: storage is read now and only the fields this tab changed are
 * written into it, so another tab's values stay. Where another tab changed the same field
 * since, the keystroke being saved wins and the reader is told which value it replaced.
 * Returns whether storage holds the values.
 */
export function save(fill: Fill): boolean {
  const { store, feedback } = fill;
  if (!canWrite(store)) return false;
  const now = readStored(store, storeReport(fill));
  const merged = mergeValues(store.base, fill.core, now.values, 'ours');
  store.base = now.values;
  store.baseRaw = now.raw;
  fill.core = merged.values;
  const saved = writeAll(fill);
  feedback.notify(
    merged.conflicts.flatMap((label) => {
      const lost = valueOf(now.values, label);
      return lost ? [[label, feedback.text('otherTabReplacedHere', { label, value: lost })]] : [];
    }),
  );
  return saved;
}

/** The notice's key for "cleared in another tab" (not a label: labels are never empty). */
const CLEARED = '';

/**
 * Takes in what another tab saved. Fields this tab has not changed since its last save take
 * the other tab's values; a value typed here that another tab replaced is named with its
 * text, which is gone from storage.
 */
export function sync(fill: Fill): void {
  const { store, feedback } = fill;
  if (!canWrite(store)) return;
  const now = readStored(store, storeReport(fill));
  if (now.raw === store.baseRaw) return;
  const before = valuesOf(fill);
  const cleared = now.raw === null && hasValues(store.base);
  const merged = mergeValues(store.base, fill.core, now.values, 'theirs');
  store.base = now.values;
  store.baseRaw = now.raw;
  fill.core = merged.values;
  const after = valuesOf(fill);
  const replaced = changedLabels(before, after).filter(
    (label) => (fill.typedHere.has(label) || merged.conflicts.includes(label)) && valueOf(before, label),
  );
  for (const label of cleared ? [...fill.typedHere] : replaced) fill.typedHere.delete(label);
  show(fill);
  feedback.notify(
    cleared
      ? [[CLEARED, feedback.text('otherTabCleared')]]
      : replaced.map((label) => [label, feedback.text('otherTabReplacedThere', { label, value: before[label]! })]),
  );
  renderProblems(fill);
}
