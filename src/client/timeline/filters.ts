import { format } from '../../i18n/format';
import {
  chosenFilters,
  filterSearch,
  itemShown,
  timelineSelector as selector,
} from '../../lib/deadlines/timeline-view';
import { readData } from './read';

/** What the filters act on and report to. */
type FilterParts = {
  timeline: HTMLElement;
  form: HTMLFormElement;
  items: readonly HTMLElement[];
  count: HTMLElement;
  empty: HTMLElement;
  /** Folds the years by date, or opens them all. */
  fold: (all: boolean) => void;
};

/**
 * Shows the filters (they need the script), takes the chosen ones from the URL and applies
 * them on every change. Returns the function that applies them.
 */
export function startFilters(parts: FilterParts): () => void {
  const toggle = document.querySelector<HTMLDetailsElement>(selector('filterToggle'));
  if (toggle) toggle.hidden = false;
  restoreFilters(parts.form);
  // Innermost first: a year is empty once its months are.
  const groups = [...parts.timeline.querySelectorAll<HTMLElement>(selector('group'))].reverse();
  const update = () => applyFilters(parts, groups, toggle);
  parts.form.addEventListener('change', update);
  parts.form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  return update;
}

/** A link to a filtered timeline chooses its filters (values the form does not offer are left out). */
function restoreFilters(form: HTMLFormElement): void {
  const params = new URLSearchParams(location.search);
  for (const select of form.querySelectorAll('select')) {
    const value = params.get(select.name);
    if (value !== null && [...select.options].some((option) => option.value === value)) select.value = value;
  }
}

/** Hides the items the chosen filters leave out, and what is left empty; counts; keeps the choice in the URL. */
function applyFilters(
  { form, items, count, empty, fold }: FilterParts,
  groups: readonly HTMLElement[],
  toggle: HTMLDetailsElement | null,
): void {
  const data = new FormData(form);
  const chosen = chosenFilters((name) => data.get(name));
  let shown = 0;
  for (const item of items) {
    const visible = itemShown((name) => item.getAttribute(name), chosen);
    item.hidden = !visible;
    if (visible) shown += 1;
  }
  for (const group of groups) group.hidden = !group.querySelector(`${selector('item')}:not([hidden])`);
  count.textContent = format(readData(count, 'template'), { shown, total: items.length });
  empty.hidden = shown > 0;
  // Chosen filters show what they match, in every year; none chosen folds by date again.
  const filtered = Object.keys(chosen).length > 0;
  fold(filtered);
  if (filtered && toggle) toggle.open = true;
  const search = filterSearch(chosen);
  history.replaceState(null, '', (search ? `?${search}` : location.pathname) + location.hash);
}
