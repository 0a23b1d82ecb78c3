import { getCollection, type CollectionEntry } from 'astro:content';
import type { Actors } from '../schemas/actor';
import type { NationalDocument } from '../schemas/national-document';
import type { ProvincesFile } from '../schemas/province';
import type { CitationLinkOptions } from '../markdown/citation-links';
import { t } from '../i18n/t';
import { config } from '../config';
import { actorsFile, getActors } from './actors';
import { relativeFile } from './yaml-file';
import { getNationalDocuments, nationalDocumentsFile } from './national-documents';
import { citationLinkOptions, renderPlans, type PlanEntry } from './plans';
import { getProvinces, provincesFile } from './provinces';

/** The content folder as loaded: every collection and data file, each entry checked against its schema. */
export interface SiteContent {
  /** Newest first, each body parsed once. */
  plans: PlanEntry[];
  forms: CollectionEntry<'forms'>[];
  topics: CollectionEntry<'topics'>[];
  commemorations: CollectionEntry<'commemorations'>[];
  actors: Actors;
  provinces: ProvincesFile;
  nationalDocuments: NationalDocument[];
  /** The data files as errors name them (relative to the project). */
  files: { actors: string; provinces: string; documents: string };
  /** What links a citation to a plan of the site, for plan bodies and forms alike. */
  citationLinks: CitationLinkOptions;
}

/** Reads the whole content folder once: the collections from Astro's store, the plan bodies and data files from disk. */
export async function loadContent(): Promise<SiteContent> {
  const [planFiles, forms, topics, commemorations] = await Promise.all([
    getCollection('plans'),
    getCollection('forms'),
    getCollection('topics'),
    getCollection('commemorations'),
  ]);
  const citationLinks = citationLinkOptions(config.base, planFiles);
  const plans = renderPlans(planFiles, citationLinks, {
    footnoteLabel: t('plan.footnotes'),
    footnoteBackLabel: t('plan.footnoteBack'),
  });
  return {
    plans,
    forms,
    topics,
    commemorations,
    actors: getActors(),
    provinces: getProvinces(),
    nationalDocuments: getNationalDocuments(),
    files: {
      actors: relativeFile(actorsFile),
      provinces: relativeFile(provincesFile),
      documents: relativeFile(nationalDocumentsFile),
    },
    citationLinks,
  };
}
