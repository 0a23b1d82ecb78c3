import type { APIRoute } from 'astro';
import { calendarFile, getCalendarPlans } from '../data/calendars';
import { t } from '../i18n/t';

/** Every dated deadline of every plan, for a phone's calendar. */
export const GET: APIRoute = async ({ site }) =>
  calendarFile(await getCalendarPlans(), `${t('site.name')} — ${t('timeline.title')}`, site);
