import { format } from '../i18n/format';
import {
  CALENDAR_DATA,
  YEAR_PARAM,
  calendarSelector,
  inTable,
  openingYear,
  tableYears,
} from '../lib/commemorations/calendar-view';
import { todayInVietnam } from './today';

/**
 * Without JavaScript every year of the calendar is listed. With it: the current year in
 * Vietnam is chosen, the table narrows to it and the next four years (its heading names
 * them), and only the
 * chosen year's list is shown. The choice is kept in the URL (?nam=2030).
 */
export function startAnniversaryCalendar(): void {
  const form = document.querySelector<HTMLFormElement>(calendarSelector('picker'));
  const select = form?.querySelector('select');
  if (!form || !select) return;
  const years = [...select.options].map((option) => Number(option.value));
  const wanted = Number(new URLSearchParams(location.search).get(YEAR_PARAM) ?? todayInVietnam().slice(0, 4));
  select.value = String(openingYear(years, wanted));
  form.hidden = false;

  const heading = document.querySelector<HTMLElement>(calendarSelector('heading'));
  const show = () => {
    const chosen = Number(select.value);
    if (heading)
      heading.textContent = format(heading.getAttribute(CALENDAR_DATA.template) ?? '', tableYears(years, chosen));
    for (const cell of document.querySelectorAll<HTMLElement>(calendarSelector('year'))) {
      cell.toggleAttribute(CALENDAR_DATA.hiddenYear, !inTable(Number(cell.getAttribute(CALENDAR_DATA.year)), chosen));
    }
    for (const section of document.querySelectorAll<HTMLElement>(calendarSelector('section'))) {
      section.hidden = Number(section.getAttribute(CALENDAR_DATA.section)) !== chosen;
    }
    history.replaceState(null, '', `?${YEAR_PARAM}=${chosen}`);
  };
  select.addEventListener('change', show);
  form.addEventListener('submit', (event) => event.preventDefault());
  show();
}
