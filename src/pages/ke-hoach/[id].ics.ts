import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFile, getCalendarPlans } from '../../data/calendars';
import type { PlanView } from '../../data/plans';

// Only a plan with a dated deadline has a calendar: the others would have no event.
export const getStaticPaths = (async () => {
  const plans = await getCalendarPlans();
  return plans.map((plan) => ({ params: { id: plan.id }, props: { plan } }));
}) satisfies GetStaticPaths;

/** The dated deadlines of one plan as a calendar (/ke-hoach/<id>.ics). */
export const GET: APIRoute = async ({ props, site }) => {
  const { plan } = props as { plan: PlanView };
  return calendarFile([plan], plan.heading, site);
};
