import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { planSchema } from './schemas/plan';
import { formSchema } from './schemas/form';
import { contentRoot } from './lib/content-root';

const plans = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentRoot}/plans` }),
  schema: planSchema,
});

const forms = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentRoot}/forms` }),
  schema: formSchema,
});

export const collections = { plans, forms };
