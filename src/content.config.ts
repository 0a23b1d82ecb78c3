import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { planSchema } from './schemas/plan';
import { contentRoot } from './lib/content-root';

const plans = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentRoot}/plans` }),
  schema: planSchema,
});

export const collections = { plans };
