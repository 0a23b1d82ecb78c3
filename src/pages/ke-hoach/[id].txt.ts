import type { APIRoute, GetStaticPaths } from 'astro';
import { getPlans, type PlanEntry } from '../../data/plans';
import { readSource } from '../../data/sources';

export const getStaticPaths = (async () => {
  const plans = await getPlans();
  return plans.map((plan) => ({ params: { id: plan.id }, props: { plan } }));
}) satisfies GetStaticPaths;

/** The plain text a plan is transcribed from, byte for byte (/ke-hoach/<id>.txt), for readers to compare. */
export const GET: APIRoute = ({ props }) => {
  const { plan } = props as { plan: PlanEntry };
  return new Response(readSource(plan.data.source.file), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
