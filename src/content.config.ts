import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { planSchema } from './schemas/plan';
import { commemorationSchema } from './schemas/commemoration';
import { topicSchema } from './schemas/topic';
import { contentRoot } from './lib/content-root';

const plans = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentRoot}/plans` }),
  schema: planSchema,
});

const commemorations = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentRoot}/commemorations` }),
  schema: commemorationSchema,
});

const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentRoot}/topics` }),
  schema: topicSchema,
});

export const collections = { plans, commemorations, topics };
