import type { APIRoute } from 'astro';
import { getSiteModel } from '../data/site-model';
import { buildCalendar, calendarResponse } from '../lib/calendar/ics';
import { t } from '../i18n/t';
import { href } from '../lib/site/url';
import { commemorationPath } from '../lib/site/routes';

/** Every anniversary of every commemoration in the calendar's years, as all-day events. */
export const GET: APIRoute = async ({ site }) => {
  const events = [...(await getSiteModel()).anniversaries].flatMap(([year, list]) =>
    list.map((item) => {
      const kind = item.anniversary.kind ? ` (${t(`comm.kind.${item.anniversary.kind}`)})` : '';
      const path = href(commemorationPath(item.id));
      return {
        uid: `ngay-ky-niem-${item.id}--${year}`,
        title: `${t('comm.number', { number: item.anniversary.number })} ${item.name}${kind}`,
        description: site ? new URL(path, site).href : path,
        url: site ? new URL(path, site).href : null,
        date: item.date,
        recurrence: null,
      };
    }),
  );
  return calendarResponse(buildCalendar(events, `${t('site.name')} — ${t('comm.title')}`));
};
