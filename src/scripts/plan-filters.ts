/**
 * Filters and sorts the server-rendered plan list in place. The state lives in the URL
 * (?nam=2020&tinh=tra-vinh), so a filtered list can be bookmarked and shared.
 */
const FACETS = { nam: 'year', tinh: 'province', 'co-quan': 'issuer' } as const;
type FilterName = keyof typeof FACETS;

export function applyPlanFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-plan-filters]');
  const list = document.querySelector<HTMLOListElement>('[data-plan-list]');
  const count = document.querySelector<HTMLElement>('[data-plan-count]');
  const empty = document.querySelector<HTMLElement>('[data-plan-empty]');
  if (!form || !list || !count || !empty) return;
  form.hidden = false;
  const items = [...list.children] as HTMLLIElement[];
  const params = new URLSearchParams(location.search);
  for (const select of form.querySelectorAll('select')) {
    const value = params.get(select.name);
    if (value !== null && [...select.options].some((option) => option.value === value)) select.value = value;
  }

  const update = () => {
    const data = new FormData(form);
    let shown = 0;
    for (const item of items) {
      const visible = (Object.keys(FACETS) as FilterName[]).every((name) => {
        const wanted = String(data.get(name) ?? '*');
        return wanted === '*' || item.dataset[FACETS[name]] === wanted;
      });
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    const sort = String(data.get('sap-xep') ?? 'newest');
    const key = (item: HTMLLIElement) =>
      sort === 'number' ? Number(item.dataset.orderNumber) : Number(item.dataset.orderNewest);
    const sorted = [...items].sort((a, b) => (sort === 'oldest' ? key(b) - key(a) : key(a) - key(b)));
    list.append(...sorted);
    count.textContent = (count.dataset.template ?? '')
      .replace('{shown}', String(shown))
      .replace('{total}', String(items.length));
    empty.hidden = shown > 0;

    const query = new URLSearchParams();
    for (const [name, value] of data) {
      if (value !== '*' && !(name === 'sap-xep' && value === 'newest')) query.set(name, String(value));
    }
    const search = query.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  update();
}
