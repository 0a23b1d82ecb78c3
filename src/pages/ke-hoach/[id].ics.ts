import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFile } from '../../data/calendars';
import { getSiteModel } from '../../data/site-model';
import type { PlanView } from '../../data/plans';

export const getStaticPaths = (async () => {
  const { plans } = await getSiteModel();
  return plans.map((plan) => ({ params: { id: plan.id }, props: { plan } }));
}) satisfies GetStaticPaths;

/** The dated deadlines of one plan as a calendar (/ke-hoach/<id>.ics). */
export const GET: APIRoute = async ({ props, site }) => {
  const { plan } = props as { plan: PlanView };
  return calendarFile([plan], plan.heading, site);
};
