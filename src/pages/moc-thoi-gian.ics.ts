import type { APIRoute } from 'astro';
import { calendarFile } from '../data/calendars';
import { getPlans } from '../data/plans';
import { t } from '../i18n/t';

/** Every dated deadline of every plan, for a phone's calendar. */
export const GET: APIRoute = async ({ site }) =>
  calendarFile(await getPlans(), `${t('site.name')} — ${t('timeline.title')}`, site);
