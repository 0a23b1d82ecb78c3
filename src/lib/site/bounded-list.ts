/**
 * How many entries a list on a shared page (a topic, a cited document) shows. Such pages
 * must not grow with the whole corpus: past this many, the rest is one search away.
 */
export const LIST_LIMIT = 50;

/** The first `limit` items, and how many are left out. */
export function boundedList<T>(items: readonly T[], limit = LIST_LIMIT): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}
