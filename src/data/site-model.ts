import {
  anniversariesByYear,
  commemorationItems,
  type AnniversaryItem,
  type CommemorationItem,
} from './commemorations';
import { citationSites, citedDocuments, citedNationalNumbers, type CitedDocument } from './citations';
import { loadContent, type SiteContent } from './content';
import { compareItems, planTimeline, type TimelineItem } from './deadlines';
import { formViews, type FormView } from './forms';
import { checkSiteIntegrity } from './integrity';
import { planPages, type PlanPage } from './plan-pages';
import { planLists, type PlanLists } from './plan-lists';
import { planView, type PlanView } from './plans';
import { timelinePages, type TimelinePage } from './timeline-pages';
import { historyIn } from './provinces';
import { topicItems, type TopicItem } from './topics';
import { formTitles } from '../lib/forms/deadlines';
import type { ProvincesFile } from '../schemas/province';

/**
 * The site model: every plan, form, topic, commemoration and cited document with what its
 * pages need, joined once per build from the checked content. Pages, feeds and files read
 * this object and join nothing; every view is built from the content given, so a part of the
 * content (a shard) builds its own model the same way. Everything is keyed by id: a reader's
 * unit is the timeline's items whose `actors[].value` (issuer and actor) and `province` are
 * its own, with the forms their deadlines name and the commemorations of its province; what
 * a plan sets each actor is its `timeline`.
 */
export interface SiteModel {
  /** Newest first (undated last). */
  plans: PlanView[];
  /** The plans' pages, in the plans' order. */
  planPages: PlanPage[];
  /** In their plans' order, then by id. */
  forms: FormView[];
  /** By kind, then id. */
  topics: TopicItem[];
  /** In calendar order. */
  commemorations: CommemorationItem[];
  /** Every commemoration's anniversary in each year of the calendar, by date. */
  anniversaries: Map<number, AnniversaryItem[]>;
  /** Every document the plans and forms cite, by key. */
  documents: CitedDocument[];
  /** Every occurrence of every published plan's deadlines, in date order. */
  timeline: TimelineItem[];
  /** The timeline's pages. */
  timelinePages: TimelinePage[];
  /** The plan list pages (all, by province, by year). */
  lists: PlanLists;
  provinces: ProvincesFile;
}

/** The model of the given content, after every integrity check (a problem stops the build). */
export async function buildSiteModel(content: SiteContent): Promise<SiteModel> {
  const sites = citationSites(content.plans, content.forms);
  checkSiteIntegrity({ ...content, citedNational: citedNationalNumbers(sites) });
  const titles = formTitles(content.forms, content.plans);
  const plans = content.plans.map((entry) =>
    planView(entry, planTimeline(entry, titles, content.actors), historyIn(content.provinces, entry.data.province)),
  );
  const forms = await formViews(content.forms, plans, content.citationLinks);
  const commemorations = commemorationItems(content.commemorations, content.plans);
  const topics = topicItems(content.topics, plans, forms, commemorations);
  const documents = citedDocuments(sites, content.plans, content.nationalDocuments);
  const timeline = plans.flatMap((plan) => plan.timeline).sort(compareItems);
  return {
    plans,
    planPages: planPages(plans, topics, forms, documents),
    forms,
    topics,
    commemorations,
    anniversaries: anniversariesByYear(commemorations),
    documents,
    timeline,
    timelinePages: timelinePages(timeline, plans),
    lists: planLists(plans),
    provinces: content.provinces,
  };
}

let model: Promise<SiteModel> | undefined;

/** The site model, built once per build. */
export function getSiteModel(): Promise<SiteModel> {
  model ??= loadContent().then(buildSiteModel);
  return model;
}

/** One page per form (guide, original, fill-in): its id as the path, its view as props. */
export async function formPagePaths(): Promise<{ params: { id: string }; props: { page: FormView } }[]> {
  return (await getSiteModel()).forms.map((page) => ({ params: { id: page.id }, props: { page } }));
}
