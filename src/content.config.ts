import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { planSchema } from './schemas/plan';
import { commemorationSchema } from './schemas/commemoration';
import { topicSchema } from './schemas/topic';
import { formSchema } from './schemas/form';
import { globOrEmpty } from './loaders/glob-or-empty';
import { planLoader } from './loaders/plan-loader';
import { contentRoot } from './lib/site/content-root';
import { sourceFileExists } from './data/sources';

const plans = defineCollection({
  loader: planLoader({ base: `${contentRoot}/plans` }),
  schema: planSchema.superRefine(sourceFileExists()),
});

const commemorations = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentRoot}/commemorations` }),
  schema: commemorationSchema,
});

const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentRoot}/topics` }),
  schema: topicSchema,
});

const forms = defineCollection({
  loader: globOrEmpty({ pattern: '*.mdx', base: `${contentRoot}/forms` }),
  schema: formSchema.superRefine(sourceFileExists()),
});

export const collections = { plans, commemorations, topics, forms };
