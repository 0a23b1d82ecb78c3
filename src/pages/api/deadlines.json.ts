import type { APIRoute } from 'astro';
import { getSiteModel } from '../../data/site-model';
import { href } from '../../lib/site/url';

/**
 * Every dated deadline occurrence as JSON, for other tools: plan number as printed, the
 * latest day allowed (dueBy), the label as the source says it, the verbatim quote, and
 * the URL of the source paragraph. Work without a date is listed on /moc-thoi-gian/ only.
 * `planPeriod` is the plan's period as it prints it ({ from, until } years, or null): whether
 * the plan is still in force depends on the reader's day, so the feed gives the period and
 * leaves the status to the reader (a status as of the build would be stale the day after).
 * `actors` names the bodies that do the work, one name per body, beside `who` as printed.
 */
export const GET: APIRoute = async () => {
  const items = (await getSiteModel()).timeline.filter((item) => item.occurrence.dueBy !== null);
  const body = items.map((item) => ({
    plan: item.planNumber,
    planId: item.planId,
    province: item.province,
    planPeriod: item.planPeriod,
    id: item.deadline.id,
    kind: item.deadline.kind,
    dueBy: item.occurrence.dueBy,
    label: item.occurrence.label,
    period: item.occurrence.period,
    task: item.deadline.task,
    who: item.deadline.who,
    actors: item.actors.map((actor) => actor.name),
    reportTo: item.deadline.reportTo,
    form: item.deadline.form,
    quote: item.deadline.quote,
    url: href(item.path),
  }));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
