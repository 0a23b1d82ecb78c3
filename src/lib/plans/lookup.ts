import { plainText } from '../text/plain-text';
import { planParagraphPath } from '../site/routes';

/** A heading, paragraph or footnote of a plan body with the id its page gives it, and its reading text. */
export interface AnchoredBlock {
  id: string;
  text: string;
}

/** The id of the section listing a plan's appended forms (see PlanAttachments.astro). */
export const ATTACHMENTS_ANCHOR = 'bieu-mau-kem-theo';

/** What finding a quote needs of a plan: its id, its body's blocks and the titles of its appended forms. */
export interface QuotedPlan {
  id: string;
  blocks: readonly AnchoredBlock[];
  data: { attachments: readonly { title: string }[] };
}

const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/**
 * The plan with this id in a list of plans, or undefined. The list is indexed on its first
 * lookup, so finding plans stays linear in their number (a scan per lookup made the build
 * quadratic); a list must not change once it has been looked up in.
 */
export function planById<P extends { id: string }>(plans: readonly P[], id: string): P | undefined {
  let index = indexes.get(plans);
  if (!index) {
    index = new Map();
    for (const plan of plans) if (!index.has(plan.id)) index.set(plan.id, plan);
    indexes.set(plans, index);
  }
  return index.get(id) as P | undefined;
}

/** The id of the block holding the quote, or null when no single block holds it. */
export function anchorOf(blocks: readonly AnchoredBlock[], quote: string): string | null {
  const wanted = plainText(quote);
  return blocks.find((block) => block.text.includes(wanted))?.id ?? null;
}

/**
 * Where on its plan's page a quote is: the block holding it, else the list of appended forms
 * when one of their titles holds it (a deadline may quote a form's title), else null.
 */
export function quoteAnchor(plan: QuotedPlan, quote: string): string | null {
  const anchor = anchorOf(plan.blocks, quote);
  if (anchor !== null) return anchor;
  const titles = plainText(plan.data.attachments.map((attachment) => attachment.title).join('\n'));
  return titles.includes(plainText(quote)) ? ATTACHMENTS_ANCHOR : null;
}

/**
 * The site path (without the base) of the place on its plan's page that holds a quote, e.g.
 * `/ke-hoach/<id>/#<anchor>`. The integrity checks have made sure every quote of the
 * content is there, so a quote that is not is a bug, not an editor's mistake: it throws.
 */
export function quotePath(plan: QuotedPlan, quote: string): string {
  const anchor = quoteAnchor(plan, quote);
  if (anchor === null) throw new Error(`${plan.id}: "${quote}" is in no paragraph of the plan`);
  return planParagraphPath(plan.id, anchor);
}
