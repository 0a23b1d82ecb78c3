import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { planSchema } from './schemas/plan';
import { commemorationSchema } from './schemas/commemoration';
import { topicSchema } from './schemas/topic';
import { formSchema } from './schemas/form';
import { globOrEmpty } from './loaders/glob-or-empty';
import { planLoader } from './loaders/plan-loader';
import { nfcData } from './loaders/nfc';
import { config } from './config';
import { CONTENT_FOLDERS } from './lib/site/content-folders';
import { sourceFileExists } from './data/sources';

const plans = defineCollection({
  loader: planLoader({ base: `${config.contentDir}/${CONTENT_FOLDERS.plans}` }),
  schema: planSchema.superRefine(sourceFileExists()),
});

const commemorations = defineCollection({
  loader: nfcData(glob({ pattern: '*.mdx', base: `${config.contentDir}/${CONTENT_FOLDERS.commemorations}` })),
  schema: commemorationSchema,
});

const topics = defineCollection({
  loader: nfcData(glob({ pattern: '*.mdx', base: `${config.contentDir}/${CONTENT_FOLDERS.topics}` })),
  schema: topicSchema,
});

const forms = defineCollection({
  loader: nfcData(globOrEmpty({ pattern: '*.mdx', base: `${config.contentDir}/${CONTENT_FOLDERS.forms}` })),
  schema: formSchema.superRefine(sourceFileExists()),
});

export const collections = { plans, commemorations, topics, forms };
