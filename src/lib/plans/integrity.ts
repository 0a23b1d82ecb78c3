import type { Plan } from '../../schemas/plan';
import { foldForMatch, plainText } from '../text/plain-text';
import { anchorOf, planById, quoteAnchor, type AnchoredBlock } from './lookup';
import { uncoveredDatePhrases } from './date-phrase-lint';

/** What the integrity checks read of a plan: its frontmatter, and its body as parsed once with the plan. */
export interface PlanToCheck {
  id: string;
  filePath?: string | undefined;
  data: Plan;
  /** The body's headings, paragraphs and footnotes with their ids (see src/markdown/plan-anchors.ts). */
  blocks: readonly AnchoredBlock[];
  /** The body's reading text (plainText of the body). */
  text: string;
}

/**
 * Checks the facts zod cannot see: quotes that must occur verbatim in the body, numbers
 * that must be unique, and references to other entries that must exist. Astro only logs
 * broken references; src/data/integrity.ts makes every such problem fail the build, naming
 * file and field.
 */
export function findPlanProblems(entries: readonly PlanToCheck[]): string[] {
  const problems: string[] = [];
  const ids = new Set(entries.map((entry) => entry.id));
  const seenNumbers = new Map<string, string>();

  for (const plan of entries) {
    const { id, filePath, text, data } = plan;
    const file = filePath ?? id;
    // Nothing can be quoted from an empty body, so every quote would be reported missing;
    // the one problem to fix is named instead.
    if (text === '') {
      problems.push(`${file}: the body is empty: the plan's text goes below the frontmatter's closing "---"`);
      continue;
    }
    // Only editorial notes quote the whole plan; most plans have none.
    let all: string | undefined;
    // The body's reading text is already known; only the frontmatter parts are added to it.
    const everything = () =>
      (all ??= `${text} ${plainText(
        [
          data.title,
          ...data.headerLeft,
          data.dateLine?.line ?? '',
          ...data.recipients,
          ...Object.values(data.signer ?? {}).filter((part): part is string => typeof part === 'string'),
        ].join('\n'),
      )}`);
    const mustOccur = (value: string, field: string, haystack: string | (() => string), where: string) => {
      if (!(typeof haystack === 'string' ? haystack : haystack()).includes(plainText(value))) {
        problems.push(`${file}: ${field} "${value}" does not occur verbatim in ${where}`);
      }
    };

    mustOccur(data.issuer, 'issuer', text, 'the body');
    data.basis.forEach((item, index) => mustOccur(item, `basis[${index}]`, text, 'the body'));
    data.editorialNotes.forEach((note, index) =>
      mustOccur(note.quote, `editorialNotes[${index}].quote`, everything, 'the plan'),
    );
    data.period?.quotes.forEach((quote, index) => mustOccur(quote, `period.quotes[${index}]`, everything, 'the plan'));
    data.implementsPlans.forEach((ref, index) => {
      if (!ids.has(ref)) problems.push(`${file}: implementsPlans[${index}] refers to "${ref}", which is not a plan`);
    });

    const deadlineIds = new Set<string>();
    data.deadlines.forEach((deadline, index) => {
      const field = `deadlines[${index}]`;
      if (deadlineIds.has(deadline.id)) problems.push(`${file}: ${field}.id "${deadline.id}" is used twice`);
      deadlineIds.add(deadline.id);
      if (quoteAnchor(plan, deadline.quote) === null) {
        problems.push(`${file}: ${field}.quote "${deadline.quote}" is not found verbatim in one paragraph of the plan`);
      }
      if (deadline.kind === 'yearly') {
        if (deadline.from > deadline.until) problems.push(`${file}: ${field}.from is after ${field}.until`);
        mustOccur(deadline.boundsQuote, `${field}.boundsQuote`, text, 'the body');
      }
    });
    data.dateMentions.forEach((mention, index) =>
      mustOccur(mention.quote, `dateMentions[${index}].quote`, text, 'the body'),
    );
    // A draft's time phrases are the importer's candidates, still to be reviewed.
    const uncovered =
      data.status === 'draft'
        ? []
        : uncoveredDatePhrases(text, [
            ...data.deadlines.map((deadline) => deadline.quote),
            ...data.dateMentions.map((mention) => mention.quote),
          ]);
    for (const { phrase, context } of uncovered) {
      problems.push(
        `${file}: deadlines: the time phrase "${phrase}" (…${context}…) is neither a deadline's quote nor listed in dateMentions`,
      );
    }

    const key = `${data.province}|${data.number.raw}`;
    const other = seenNumbers.get(key);
    if (other) problems.push(`${file}: number "${data.number.raw}" of ${data.province} is already used by ${other}`);
    else seenNumbers.set(key, file);
  }
  return problems;
}

/** What the integrity checks read of a commemoration: the plans and quotes it cites. */
export interface CommemorationToCheck {
  id: string;
  filePath?: string | undefined;
  data: { mentions: { plan: string; quote: string }[] };
}

/** Each commemoration's mentions must name a plan of the site and quote one of its paragraphs. */
export function findCommemorationProblems(
  entries: readonly CommemorationToCheck[],
  plans: readonly Pick<PlanToCheck, 'id' | 'blocks'>[],
): string[] {
  const problems: string[] = [];
  for (const { id, filePath, data } of entries) {
    const file = filePath ?? id;
    data.mentions.forEach((mention, index) => {
      const plan = planById(plans, mention.plan);
      if (!plan) {
        problems.push(`${file}: mentions[${index}].plan "${mention.plan}" is not a plan`);
        return;
      }
      if (!anchorOf(plan.blocks, mention.quote)) {
        problems.push(
          `${file}: mentions[${index}].quote "${mention.quote}" is not found in one paragraph of ${mention.plan}`,
        );
      }
    });
  }
  return problems;
}

/** What the integrity checks read of a topic: the plans and quotes it cites. */
export interface TopicToCheck {
  id: string;
  filePath?: string | undefined;
  data: Record<'studyMaterials' | 'referenceMaterials' | 'keyPoints', { plan: string; quote: string }[]> & {
    aliases?: readonly string[];
  };
}

/** Topic quotes must come from one paragraph of a plan; plans may only name topics that exist. */
export function findTopicProblems(
  topics: readonly TopicToCheck[],
  plans: readonly Pick<PlanToCheck, 'id' | 'filePath' | 'data' | 'blocks'>[],
): string[] {
  const problems: string[] = [];
  const ids = new Set(topics.map((topic) => topic.id));
  for (const plan of plans) {
    plan.data.topics.forEach((topic, index) => {
      if (!ids.has(topic))
        problems.push(`${plan.filePath ?? plan.id}: topics[${index}] refers to "${topic}", which is not a topic`);
    });
  }
  for (const { id, filePath, data } of topics) {
    const carrying = plans.filter((plan) => plan.data.topics.includes(id));
    (data.aliases ?? []).forEach((alias, index) => {
      const wanted = foldForMatch(alias);
      if (!carrying.some((plan) => plan.blocks.some((block) => foldForMatch(block.text).includes(wanted)))) {
        problems.push(
          `${filePath ?? id}: aliases[${index}] "${alias}" is not found in a paragraph of a plan that carries the topic out`,
        );
      }
    });
    for (const field of ['studyMaterials', 'referenceMaterials', 'keyPoints'] as const) {
      data[field].forEach((item, index) => {
        const plan = planById(plans, item.plan);
        if (!plan) problems.push(`${filePath ?? id}: ${field}[${index}].plan "${item.plan}" is not a plan`);
        else if (!anchorOf(plan.blocks, item.quote)) {
          problems.push(
            `${filePath ?? id}: ${field}[${index}].quote "${item.quote}" is not found in one paragraph of ${item.plan}`,
          );
        }
      });
    }
  }
  return problems;
}
