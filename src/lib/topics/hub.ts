import { anchorOf, type AnchoredBlock } from '../plans/lookup';
import { foldForMatch, plainText } from '../text/plain-text';

/**
 * What a topic page gathers from the plans that carry the topic out (issue 16 item 7), by
 * one rule, so nothing is linked by hand:
 *
 * - A text *names* the topic when it holds the topic's title or one of its `aliases` (the
 *   words the plans name it by), ignoring case and mark-up.
 * - A plan is *devoted* to the topic when its trích yếu names it: every part of it then
 *   concerns the topic.
 * - Otherwise a block *concerns* the topic when it names it or holds one of the topic's
 *   quotes, and so does every block of a section whose heading names it.
 * - The plan's *sections* that carry the topic out are the sections (innermost heading) of
 *   the blocks that name it or hold its quotes, one link each, to the first such block.
 * - A deadline is tied to the topic when the paragraph of its quote concerns the topic or
 *   its task names it; a form when its paragraph concerns the topic or a tied deadline
 *   names it; a commemoration when a paragraph of the plan that names it concerns the topic.
 * - A study material is a sentence of a concerning block that names "tài liệu" followed,
 *   within the sentence, by a colon or an opening quotation mark (the material's title):
 *   "Tài liệu tham khảo: …", "bộ tài liệu “…”". It is a reference material when it says
 *   "tài liệu tham khảo".
 */

/** A plan as the rule reads it. */
export interface HubPlan {
  id: string;
  /** Trích yếu, as printed. */
  title: string;
  blocks: readonly AnchoredBlock[];
  /** The body's headings; their slugs are the ids of heading blocks. */
  headings: readonly { depth: number; slug: string }[];
  deadlines: readonly { id: string; quote: string; task: string; form: string | null }[];
}

/** What names a topic: its title and aliases, and its quotes (key points, materials). */
export interface TopicWords {
  names: readonly string[];
  quotes: readonly string[];
}

export interface PlanSection {
  /** The id of the section's heading, or null for the text before the first heading. */
  heading: string | null;
  /** The first block of the section that names the topic or holds a quote of it. */
  anchor: string;
}

export interface Material {
  /** The sentence as printed (plain text). */
  text: string;
  kind: 'study' | 'reference';
  /** The block that holds it. */
  anchor: string;
}

export interface PlanHub {
  planId: string;
  devoted: boolean;
  sections: PlanSection[];
  deadlines: string[];
  forms: string[];
  commemorations: string[];
  materials: Material[];
}

/** True when the text holds one of the names (title, aliases), ignoring case and mark-up. */
export function namesTopic(text: string, names: readonly string[]): boolean {
  const folded = foldForMatch(text);
  return names.some((name) => folded.includes(foldForMatch(name)));
}

const MATERIAL = /tài liệu[^.;!?]*?[:“"]/u;
// A sentence ends at ". " (not after a digit: "4. Ban cán sự…" is a numbered item).
const SENTENCE_END = /(?<=[^\d\s]\.)\s+/u;

/**
 * The sentences of a block that name a study material (see the rule above). Where the title
 * follows in quotation marks, only its clause (between "; ") is kept, since a long sentence
 * may go on to other tasks; after a colon, the rest of the sentence is the list of materials.
 */
export function materialsOf(text: string): { text: string; kind: Material['kind'] }[] {
  return plainText(text)
    .split(SENTENCE_END)
    .flatMap((sentence) => {
      const lower = sentence.toLocaleLowerCase('vi');
      const match = MATERIAL.exec(lower);
      if (!match) return [];
      const from = lower.lastIndexOf('; ', match.index);
      const to = match[0].endsWith(':') ? -1 : lower.indexOf('; ', match.index + match[0].length);
      const clause = sentence.slice(from === -1 ? 0 : from + 2, to === -1 ? sentence.length : to + 1);
      return [
        {
          text: clause.replace(/^[-–+]\s*/u, ''),
          kind: lower.includes('tài liệu tham khảo') ? ('reference' as const) : ('study' as const),
        },
      ];
    });
}

/** The blocks of a plan that concern the topic, and the sections that carry it out. */
export function topicSections(
  plan: HubPlan,
  words: TopicWords,
): { concerned: Set<string>; sections: PlanSection[]; devoted: boolean } {
  const depths = new Map(plan.headings.map((heading) => [heading.slug, heading.depth]));
  const quotes = words.quotes.map((quote) => plainText(quote));
  const devoted = namesTopic(plan.title, words.names);
  const concerned = new Set<string>();
  const sections: PlanSection[] = [];
  // The open headings, innermost last, and the depth of a naming heading whose section we are in.
  const open: { slug: string; depth: number }[] = [];
  let namingDepth: number | null = null;
  for (const block of plan.blocks) {
    const depth = depths.get(block.id);
    if (depth !== undefined) {
      while (open.length > 0 && open.at(-1)!.depth >= depth) open.pop();
      open.push({ slug: block.id, depth });
      if (namingDepth !== null && depth <= namingDepth) namingDepth = null;
    }
    const names = namesTopic(block.text, words.names) || quotes.some((quote) => block.text.includes(quote));
    if (names && depth !== undefined && namingDepth === null) namingDepth = depth;
    if (devoted || names || namingDepth !== null) concerned.add(block.id);
    if (names) {
      const heading = open.at(-1)?.slug ?? null;
      if (!sections.some((section) => section.heading === heading)) sections.push({ heading, anchor: block.id });
    }
  }
  return { concerned, sections, devoted };
}

/** Everything a topic page shows of one plan that carries the topic out. */
export function planHub(
  plan: HubPlan,
  words: TopicWords,
  forms: readonly { id: string; plan: string; planAnchor: string }[],
  commemorations: readonly { id: string; mentions: readonly { plan: string; quote: string }[] }[],
): PlanHub {
  const { concerned, sections, devoted } = topicSections(plan, words);
  const inConcerned = (quote: string) => {
    const anchor = anchorOf(plan.blocks, quote);
    return anchor !== null && concerned.has(anchor);
  };
  const deadlines = plan.deadlines.filter(
    (deadline) => inConcerned(deadline.quote) || namesTopic(deadline.task, words.names),
  );
  const deadlineForms = new Set(deadlines.flatMap((deadline) => (deadline.form ? [deadline.form] : [])));
  return {
    planId: plan.id,
    devoted,
    sections,
    deadlines: deadlines.map((deadline) => deadline.id),
    forms: forms
      .filter((form) => form.plan === plan.id && (concerned.has(form.planAnchor) || deadlineForms.has(form.id)))
      .map((form) => form.id),
    commemorations: commemorations
      .filter((item) => item.mentions.some((mention) => mention.plan === plan.id && inConcerned(mention.quote)))
      .map((item) => item.id),
    materials: plan.blocks
      .filter((block) => concerned.has(block.id))
      .flatMap((block) => materialsOf(block.text).map((material) => ({ ...material, anchor: block.id }))),
  };
}
