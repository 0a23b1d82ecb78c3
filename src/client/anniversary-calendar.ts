import { todayInVietnam } from './today';

/**
 * Without JavaScript every year of the calendar is listed. With it: the current year in
 * Vietnam is chosen, the table narrows to it and the next five years, and only the
 * chosen year's list is shown. The choice is kept in the URL (?nam=2030).
 */
export function startAnniversaryCalendar(): void {
  const form = document.querySelector<HTMLFormElement>('[data-year-picker]');
  const select = form?.querySelector('select');
  if (!form || !select) return;
  const years = [...select.options].map((option) => Number(option.value));
  const wanted = Number(new URLSearchParams(location.search).get('nam') ?? todayInVietnam().slice(0, 4));
  select.value = String(years.includes(wanted) ? wanted : years.find((year) => year >= wanted) ?? years.at(-1));
  form.hidden = false;

  const show = () => {
    const chosen = Number(select.value);
    for (const cell of document.querySelectorAll<HTMLElement>('[data-year]')) {
      const year = Number(cell.dataset.year);
      cell.toggleAttribute('data-hidden-year', year < chosen || year > chosen + 5);
    }
    for (const section of document.querySelectorAll<HTMLElement>('[data-year-section]')) {
      section.hidden = Number(section.dataset.yearSection) !== chosen;
    }
    history.replaceState(null, '', `?nam=${chosen}`);
  };
  select.addEventListener('change', show);
  form.addEventListener('submit', (event) => event.preventDefault());
  show();
}
