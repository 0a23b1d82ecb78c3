import { z } from 'astro/zod';
import { text } from './common';

const slug = z.string().regex(/^[a-z0-9-]+$/u, 'must be an unaccented slug');

/**
 * The bodies and people the plans set work for, one list per issuer (content/actors.yaml):
 * the key is the issuer's province and code, slugged ("tra-vinh-duk"; see issuerKey in
 * src/lib/deadlines/actors.ts), each actor an id and the name the timeline's filter shows.
 * Deadlines name these ids and keep the plan's own wording beside them.
 */
export const actorsSchema = z.record(slug, z.record(slug, text));

export type Actors = z.output<typeof actorsSchema>;
