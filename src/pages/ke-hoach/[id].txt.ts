import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteModel } from '../../data/site-model';
import type { PlanView } from '../../data/plans';
import { readSource } from '../../data/sources';

export const getStaticPaths = (async () => {
  const { plans } = await getSiteModel();
  return plans.map((plan) => ({ params: { id: plan.id }, props: { plan } }));
}) satisfies GetStaticPaths;

/** The plain text a plan is transcribed from, byte for byte (/ke-hoach/<id>.txt), for readers to compare. */
export const GET: APIRoute = ({ props }) => {
  const { plan } = props as { plan: PlanView };
  return new Response(readSource(plan.data.source.file), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
