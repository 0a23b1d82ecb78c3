import {
  citationLevel,
  citingPlans,
  documentKey,
  findCitations,
  isNational,
  type Citation,
  type CitationLevel,
  type CitingPlan,
} from '../lib/plans/citations';
import { formParagraphPath, planParagraphPath } from '../lib/site/routes';
import { fillableDocument } from '../lib/forms/edits';
import { formCitations } from '../lib/forms/citations';
import { compareVietnameseNumeric } from '../lib/text/collate';
import { subjectPath } from '../lib/plans/document-subjects';
import { planById } from '../lib/plans/lookup';
import type { NationalDocument } from '../schemas/national-document';
import type { PublishedSource } from '../schemas/province';
import type { Form } from '../schemas/form';
import type { ContentEntry } from './integrity';
import type { PlanEntry } from './plans';

/** One place where a plan, or a form printed with it, cites a document. */
export interface Mention {
  planId: string;
  planNumber: string;
  /** The form whose paragraph cites the document, when it is a form's (the plan is the form's). */
  form: { id: string; name: string } | null;
  /** Site path of the citing paragraph. */
  path: string;
  /** The citing words with some text around them. */
  excerpt: string;
  type: string;
  date: string | null;
  issuer: string | null;
}

/** A cited document, gathered from every mention; conflicting details are all kept. */
export interface CitedDocument {
  key: string;
  number: string;
  level: CitationLevel;
  /** Province, for provincial documents. */
  province: string | null;
  /** The plan on this site that is this document, if any. */
  planId: string | null;
  mentions: Mention[];
  /** The plans behind the mentions, each once with its citing paragraphs. */
  citingPlans: CitingPlan[];
  /** Distinct details as printed, in order of first mention. */
  types: string[];
  dates: string[];
  issuers: string[];
  /** The subject (trích yếu) as plans print it, each with the citing paragraph (content/documents.yaml). */
  subjects: { text: string; planNumber: string; path: string }[];
  /** The official text's verified address, or null. */
  official: PublishedSource | null;
}

/** A citation where it is printed: in a plan's paragraph, or in a paragraph of a form printed with the plan. */
export interface CitationSite {
  citation: Citation;
  /** The paragraph's text. */
  text: string;
  plan: PlanEntry;
  /** Site path of the paragraph. */
  path: string;
  form: Mention['form'];
}

/**
 * Every citation the plans and their forms print, in order: each plan's paragraphs, then the
 * forms'. A form cites too (the đề cương of 59-KH/ĐUK cites 51-KH/TU), a provincial number
 * there meaning its plan's province; it is read from the "Bản để điền" the form's page
 * shows, so each path leads to a paragraph that is there.
 */
export function citationSites(plans: readonly PlanEntry[], forms: readonly ContentEntry<Form>[]): CitationSite[] {
  const sites: CitationSite[] = [];
  for (const plan of plans) {
    for (const block of plan.blocks) {
      for (const citation of findCitations(block.text)) {
        sites.push({ citation, text: block.text, plan, path: planParagraphPath(plan.id, block.id), form: null });
      }
    }
  }
  for (const form of forms) {
    const plan = planById(plans, form.data.plan);
    if (!plan) continue; // the integrity check refuses such a form
    for (const { anchor, paragraph, citation } of formCitations(fillableDocument(form.data))) {
      const at = { path: formParagraphPath(form.id, anchor), form: { id: form.id, name: form.data.name } };
      sites.push({ citation, text: paragraph, plan, ...at });
    }
  }
  return sites;
}

/** The national documents the sites cite, by number (the check of content/documents.yaml reads them). */
export const citedNationalNumbers = (sites: readonly CitationSite[]): Set<string> =>
  new Set(sites.map((site) => site.citation.number).filter(isNational));

const ISSUER_AFTER =
  /^,?\s*(?:\(?\s*ngày\s+\d{1,2}\/\d{1,2}\/\d{4}\s*\)?)?\s*của\s+([^,;:“”"()]+?)(?=\s+(?:về|thực hiện|khóa|trên|trong|đối với)\s|[,;:“”"()]|\.(?:\s|$)|$)/u;
const distinct = (values: (string | null)[]) => [...new Set(values.filter((value): value is string => Boolean(value)))];

/**
 * Every document the plans cite, keyed by identity (number, and province when provincial),
 * with what content/documents.yaml adds to national ones. A plan (or its form) naming the
 * plan itself is no citation.
 */
export function citedDocuments(
  sites: readonly CitationSite[],
  plans: readonly PlanEntry[],
  national: readonly NationalDocument[],
): CitedDocument[] {
  const documents = new Map<string, CitedDocument>();
  const plansByNumber = Map.groupBy(plans, (plan) => plan.data.number.raw);
  for (const { citation, text, plan, path, form } of sites) {
    const key = documentKey(citation.number, plan.data.province);
    const onSite = plansByNumber
      .get(citation.number)
      ?.find((other) => isNational(citation.number) || other.data.province === plan.data.province);
    if (onSite?.id === plan.id) continue;
    const document = documents.get(key) ?? emptyDocument(key, citation.number, plan, onSite?.id ?? null);
    document.mentions.push({
      planId: plan.id,
      planNumber: plan.data.number.raw,
      form,
      path,
      excerpt: excerpt(text, citation.start, citation.end),
      type: citation.type,
      date: citation.date,
      issuer: ISSUER_AFTER.exec(text.slice(citation.end))?.[1]?.trim() ?? null,
    });
    documents.set(key, document);
  }
  for (const entry of national) addNationalFacts(documents.get(documentKey(entry.number, '')), entry, plans);
  for (const document of documents.values()) {
    document.citingPlans = citingPlans(document.mentions);
    document.types = distinct(document.mentions.map((m) => m.type));
    document.dates = distinct(document.mentions.map((m) => m.date));
    document.issuers = distinct(document.mentions.map((m) => m.issuer));
  }
  return [...documents.values()].sort((a, b) => compareVietnameseNumeric(a.key, b.key));
}

function emptyDocument(key: string, number: string, plan: PlanEntry, planId: string | null): CitedDocument {
  return {
    key,
    number,
    level: citationLevel(number),
    province: isNational(number) ? null : plan.data.province,
    planId,
    mentions: [],
    citingPlans: [],
    types: [],
    dates: [],
    issuers: [],
    subjects: [],
    official: null,
  };
}

/** The subjects and official address content/documents.yaml gives (the integrity check has found each quote). */
function addNationalFacts(document: CitedDocument | undefined, entry: NationalDocument, plans: readonly PlanEntry[]) {
  if (!document) return;
  document.official = entry.official ?? null;
  for (const subject of entry.subjects) {
    const plan = planById(plans, subject.plan);
    const at = plan && subjectPath(plan, entry.number, subject.quote);
    if (plan && at) document.subjects.push({ text: subject.quote, planNumber: plan.data.number.raw, path: at });
  }
}

function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 60)));
  const to = text.indexOf(' ', Math.min(text.length, end + 80));
  return `${from > 0 ? '…' : ''}${text.slice(from, to === -1 ? text.length : to).trim()}${to === -1 ? '' : '…'}`;
}
