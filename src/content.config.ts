import { defineCollection } from 'astro:content';
import { planSchema } from './schemas/plan';
import { commemorationSchema } from './schemas/commemoration';
import { topicSchema } from './schemas/topic';
import { formSchema } from './schemas/form';
import { contentLoader } from './loaders/content-loader';
import { planLoader } from './loaders/plan-loader';
import { config } from './config';
import { CONTENT_FOLDERS } from './lib/site/content-folders';
import { sourceFileExists } from './data/sources';

// One body rule for every collection (src/loaders/content-loader.ts): a body is Markdown
// text with safe links; a page that does not show its file's body refuses one.
const plans = defineCollection({
  loader: planLoader({ base: `${config.contentDir}/${CONTENT_FOLDERS.plans}` }),
  schema: planSchema.superRefine(sourceFileExists()),
});

const commemorations = defineCollection({
  loader: contentLoader({ base: `${config.contentDir}/${CONTENT_FOLDERS.commemorations}`, body: 'refused' }),
  schema: commemorationSchema,
});

const topics = defineCollection({
  loader: contentLoader({ base: `${config.contentDir}/${CONTENT_FOLDERS.topics}`, body: 'refused' }),
  schema: topicSchema,
});

const forms = defineCollection({
  loader: contentLoader({ base: `${config.contentDir}/${CONTENT_FOLDERS.forms}`, body: 'shown' }),
  schema: formSchema.superRefine(sourceFileExists()),
});

export const collections = { plans, commemorations, topics, forms };
