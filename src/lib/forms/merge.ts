import type { Values } from './draft';

/**
 * One form's values edited in several tabs at once. Every tab saves into the same storage
 * key, so a tab never writes its whole picture of the form: it merges, field by field, what
 * it changed into what storage holds now (a three-way merge against what it last read).
 * A field absent from a set of values is a value of its own (an emptied field), so an
 * emptied field spreads like any other change. No DOM here: src/client/form-fill/ reads
 * and writes storage.
 */

/** A field's value, or undefined when the set has none (own properties only: "__proto__" is a label). */
export const valueOf = (values: Values, label: string): string | undefined =>
  Object.hasOwn(values, label) ? values[label] : undefined;

/** The labels whose value differs between two sets of values, absent counting as a value. */
export function changedLabels(from: Values, to: Values): string[] {
  const labels = new Set([...Object.keys(from), ...Object.keys(to)]);
  return [...labels].filter((label) => valueOf(from, label) !== valueOf(to, label));
}

export interface Merged {
  values: Values;
  /** Fields both sides changed since the base, to different values: the winner's value stayed. */
  conflicts: string[];
}

/**
 * Merges `ours` and `theirs`, two edits of `base`, field by field: a field only one side
 * changed takes that side's value, a field neither changed keeps `theirs` (which equals
 * the base there), and a field both changed to different values takes the `winner`'s and
 * is named in `conflicts`. The caller picks the winner as the most recent change: the
 * keystroke being saved (`ours`) when saving, what another tab wrote (`theirs`) when told
 * of it.
 */
export function mergeValues(base: Values, ours: Values, theirs: Values, winner: 'ours' | 'theirs'): Merged {
  // A Map keeps labels such as "__proto__" ordinary keys; fromEntries defines them as own properties.
  const merged = new Map(Object.entries(theirs));
  const conflicts: string[] = [];
  for (const label of changedLabels(base, ours)) {
    const value = valueOf(ours, label);
    const other = valueOf(theirs, label);
    if (other === value) continue;
    if (other !== valueOf(base, label)) {
      conflicts.push(label);
      if (winner === 'theirs') continue;
    }
    if (value === undefined) merged.delete(label);
    else merged.set(label, value);
  }
  return { values: Object.fromEntries(merged), conflicts };
}
