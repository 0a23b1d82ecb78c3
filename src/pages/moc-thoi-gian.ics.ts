import type { APIRoute } from 'astro';
import { calendarFile } from '../data/calendars';
import { getSiteModel } from '../data/site-model';
import { t } from '../i18n/t';

/** Every dated deadline of every plan, for a phone's calendar. */
export const GET: APIRoute = async ({ site }) =>
  calendarFile((await getSiteModel()).plans, `${t('site.name')} — ${t('timeline.title')}`, site);
