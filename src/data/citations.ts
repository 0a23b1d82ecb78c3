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
import { formParagraphPath, planPath } from '../lib/site/routes';
import { getPlans, type PlanEntry } from './plans';
import { getForms } from './forms';
import { fillableDocument } from '../lib/forms/edits';
import { formCitations } from '../lib/forms/citations';
import { compareVietnameseNumeric } from '../lib/text/collate';
import { findSubjectProblems, subjectPath } from '../lib/plans/document-subjects';
import { ContentIntegrityError } from '../lib/plans/integrity';
import { getNationalDocuments, nationalDocumentsFile } from './national-documents';
import type { PublishedSource } from '../schemas/province';
import path from 'node:path';

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

const ISSUER_AFTER =
  /^,?\s*(?:\(?\s*ngày\s+\d{1,2}\/\d{1,2}\/\d{4}\s*\)?)?\s*của\s+([^,;:“”"()]+?)(?=\s+(?:về|thực hiện|khóa|trên|trong|đối với)\s|[,;:“”"()]|\.(?:\s|$)|$)/u;
const distinct = (values: (string | null)[]) => [...new Set(values.filter((value): value is string => Boolean(value)))];

let cached: Promise<CitedDocument[]> | undefined;

/** Every document the plans cite, keyed by identity (number, and province when provincial). */
export function getCitedDocuments(): Promise<CitedDocument[]> {
  cached ??= collectCitedDocuments();
  return cached;
}

let byPlan: Promise<Map<string, CitedDocument>> | undefined;

/** The cited documents that are plans of this site, by plan id (a plan page shows who cites it). */
export function getCitedDocumentsByPlan(): Promise<Map<string, CitedDocument>> {
  byPlan ??= getCitedDocuments().then(
    (documents) =>
      new Map(documents.flatMap((document) => (document.planId ? [[document.planId, document] as const] : []))),
  );
  return byPlan;
}

async function collectCitedDocuments(): Promise<CitedDocument[]> {
  const [plans, forms] = await Promise.all([getPlans(), getForms()]);
  const documents = new Map<string, CitedDocument>();
  const plansByNumber = Map.groupBy(plans, (plan) => plan.data.number.raw);
  const add = (
    citation: Citation,
    text: string,
    plan: PlanEntry,
    at: { path: string; form: Mention['form'] },
  ): void => {
    const key = documentKey(citation.number, plan.data.province);
    const onSite = plansByNumber
      .get(citation.number)
      ?.find(
        (other) =>
          other.data.number.raw === citation.number &&
          (isNational(citation.number) || other.data.province === plan.data.province),
      );
    if (onSite?.id === plan.id) return; // a plan (or its form) naming the plan
    const document = documents.get(key) ?? {
      key,
      number: citation.number,
      level: citationLevel(citation.number),
      province: isNational(citation.number) ? null : plan.data.province,
      planId: onSite?.id ?? null,
      mentions: [],
      citingPlans: [],
      types: [],
      dates: [],
      issuers: [],
      subjects: [],
      official: null,
    };
    const issuer = ISSUER_AFTER.exec(text.slice(citation.end))?.[1]?.trim() ?? null;
    document.mentions.push({
      planId: plan.id,
      planNumber: plan.data.number.raw,
      form: at.form,
      path: at.path,
      excerpt: excerpt(text, citation.start, citation.end),
      type: citation.type,
      date: citation.date,
      issuer,
    });
    documents.set(key, document);
  };
  for (const plan of plans) {
    for (const block of plan.blocks) {
      for (const citation of findCitations(block.text)) {
        add(citation, block.text, plan, { path: `${planPath(plan.id)}#${block.id}`, form: null });
      }
    }
  }
  // Forms printed with a plan cite documents too (the đề cương of 59-KH/ĐUK cites 51-KH/TU);
  // a provincial number there means the plan's province. Read from the "Bản để điền" the
  // form's page shows, so each path leads to a paragraph that is there.
  for (const form of forms) {
    const plan = plans.find((candidate) => candidate.id === form.data.plan);
    if (!plan) continue; // the forms' integrity check has refused such a form already
    for (const { anchor, paragraph, citation } of formCitations(fillableDocument(form.data))) {
      add(citation, paragraph, plan, {
        path: formParagraphPath(form.id, anchor),
        form: { id: form.id, name: form.data.name },
      });
    }
  }
  const national = getNationalDocuments();
  const file = path.relative(process.cwd(), nationalDocumentsFile);
  const problems = findSubjectProblems(national, plans, file);
  national.forEach((entry, index) => {
    const document = documents.get(documentKey(entry.number, ''));
    if (!document || !isNational(entry.number)) {
      problems.push(`${file}: ${index}.number: "${entry.number}" is not a national document the plans cite`);
      return;
    }
    document.official = entry.official ?? null;
    for (const subject of entry.subjects) {
      const plan = plans.find((candidate) => candidate.id === subject.plan);
      const at = plan && subjectPath(plan, entry.number, subject.quote);
      if (plan && at) document.subjects.push({ text: subject.quote, planNumber: plan.data.number.raw, path: at });
    }
  });
  if (problems.length > 0) throw new ContentIntegrityError(problems);
  for (const document of documents.values()) {
    document.citingPlans = citingPlans(document.mentions);
    document.types = distinct(document.mentions.map((m) => m.type));
    document.dates = distinct(document.mentions.map((m) => m.date));
    document.issuers = distinct(document.mentions.map((m) => m.issuer));
  }
  return [...documents.values()].sort((a, b) => compareVietnameseNumeric(a.key, b.key));
}

function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 60)));
  const to = text.indexOf(' ', Math.min(text.length, end + 80));
  return `${from > 0 ? '…' : ''}${text.slice(from, to === -1 ? text.length : to).trim()}${to === -1 ? '' : '…'}`;
}
