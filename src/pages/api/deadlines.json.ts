import type { APIRoute } from 'astro';
import { getTimeline } from '../../data/deadlines';
import { href } from '../../lib/site/url';

/**
 * Every dated deadline occurrence as JSON, for other tools: plan number as printed, the
 * latest day allowed (dueBy), the label as the source says it, the verbatim quote, and
 * the URL of the source paragraph. Work without a date is listed on /moc-thoi-gian/ only.
 */
export const GET: APIRoute = async () => {
  const items = (await getTimeline()).filter((item) => item.occurrence.dueBy !== null);
  const body = items.map((item) => ({
    plan: item.planNumber,
    planId: item.planId,
    province: item.province,
    id: item.deadline.id,
    kind: item.deadline.kind,
    dueBy: item.occurrence.dueBy,
    label: item.occurrence.label,
    period: item.occurrence.period,
    task: item.deadline.task,
    who: item.deadline.who,
    reportTo: item.deadline.reportTo,
    form: item.deadline.form,
    quote: item.deadline.quote,
    url: href(item.path),
  }));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
