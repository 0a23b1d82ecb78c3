import { searchSelector } from '../../lib/search/page';
import type { FilterCounts, Pagefind } from './pagefind';

export interface FilterChoice {
  value: string;
  label: string;
}

/**
 * A filter's values, numbers in numeric order, each labelled with how many pages have it:
 * "Tây Ninh (3)", or with the label the page gives the value ("Trà Vinh, nay thuộc tỉnh
 * Vĩnh Long (3)").
 */
export function filterChoices(
  counts: Readonly<Record<string, number>> = {},
  labels: Readonly<Record<string, string>> = {},
): FilterChoice[] {
  return Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b, 'vi', { numeric: true }))
    .map(([value, count]) => ({ value, label: `${labels[value] ?? value} (${count})` }));
}

/** The filters chosen: a select left on "Tất cả" (value "") does not filter. */
export function chosenFilters(selects: readonly { name: string; value: string }[]): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const select of selects) if (select.value) filters[select.name] = select.value;
  return filters;
}

export interface Filters {
  /** The filters chosen now. */
  chosen: () => Record<string, string>;
  /** Calls back whenever the reader changes a filter. */
  onChange: (listener: () => void) => void;
}

/**
 * Shows the filter box. Filter data grows with the site: it is fetched only when the reader
 * opens the box, or arrives with filters in the URL (then the box opens and this resolves
 * once they are chosen), so a first search fetches no more than it needs.
 */
export async function setUpFilters(root: HTMLElement, pagefind: Pagefind, params: URLSearchParams): Promise<Filters> {
  const box = root.querySelector<HTMLDetailsElement>(searchSelector('filtersBox'))!;
  const fieldset = root.querySelector<HTMLFieldSetElement>(searchSelector('filters'))!;
  const selects = [...root.querySelectorAll<HTMLSelectElement>(searchSelector('filter'))];
  let loaded: Promise<void> | undefined;
  const load = () =>
    (loaded ??= pagefind.filters().then((counts: FilterCounts) => {
      for (const select of selects) {
        const labels = select.dataset.labels ? (JSON.parse(select.dataset.labels) as Record<string, string>) : {};
        const choices = filterChoices(counts[select.name], labels);
        for (const { value, label } of choices) select.add(new Option(label, value));
        const wanted = params.get(select.name);
        if (wanted && choices.some(({ value }) => value === wanted)) select.value = wanted;
      }
      fieldset.hidden = false;
    }));
  box.hidden = false;
  box.addEventListener('toggle', () => {
    if (box.open) void load();
  });
  if (selects.some((select) => params.get(select.name))) {
    box.open = true;
    await load();
  }
  return {
    chosen: () => chosenFilters(selects),
    onChange: (listener) => {
      for (const select of selects) select.addEventListener('change', listener);
    },
  };
}
