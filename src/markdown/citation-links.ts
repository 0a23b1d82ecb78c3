import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { documentKey, findCitations, isNational } from '../lib/plans/citations';
import { documentPath, planPath, withBase } from '../lib/site/routes';

/** What a citation link needs to know about a plan of the site. */
export interface SitePlan {
  id: string;
  number: string;
  province: string;
}

export interface CitationLinkOptions {
  /** The site's base path ("/" or "/so-tay/"). */
  base: string;
  plans: SitePlan[];
}

/** Where a citation leads: the plan's own page when it is on the site, else its document page. */
export function citationHref(number: string, province: string, options: CitationLinkOptions): string {
  const plan = plansByNumber(options.plans)
    .get(number)
    ?.find((p) => isNational(number) || p.province === province);
  return withBase(options.base, plan ? planPath(plan.id) : documentPath(documentKey(number, province)));
}

// Grouped once per plan list: with thousands of plans a scan per citation would make the
// build quadratic.
const groups = new WeakMap<SitePlan[], Map<string, SitePlan[]>>();
function plansByNumber(plans: SitePlan[]): Map<string, SitePlan[]> {
  let byNumber = groups.get(plans);
  if (!byNumber) {
    byNumber = new Map();
    for (const plan of plans) byNumber.set(plan.number, [...(byNumber.get(plan.number) ?? []), plan]);
    groups.set(plans, byNumber);
  }
  return byNumber;
}

/** A piece of printed text: plain, or a citation with the site path it leads to. */
export interface CitationPart {
  text: string;
  /** Set on a citation: a path the site made (citationHref), never one read from the text. */
  href?: string;
}

/**
 * A text cut into plain pieces and citations, the printed words exactly as they are.
 * `province` is the citing document's: a provincial number means that province's document.
 */
export function citationParts(text: string, province: string, options: CitationLinkOptions): CitationPart[] {
  const parts: CitationPart[] = [];
  let at = 0;
  for (const citation of findCitations(text)) {
    if (citation.start > at) parts.push({ text: text.slice(at, citation.start) });
    parts.push({ text: citation.text, href: citationHref(citation.number, province, options) });
    at = citation.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/**
 * Turns every cited document in a plan body's HTML tree into a link, leaving the printed
 * words exactly as they are. `province` is the citing plan's: a provincial document number
 * means that province's document.
 */
export function linkCitations(tree: Root, province: string, options: CitationLinkOptions): void {
  visitParents(tree, 'text', (node: Text, ancestors) => {
    if (
      ancestors.some(
        (a) => a.type === 'element' && ((a as Element).tagName === 'a' || /^h[1-6]$/u.test((a as Element).tagName)),
      )
    )
      return;
    const parent = ancestors.at(-1) as Element | Root | undefined;
    const pieces = citationParts(node.value, province, options);
    if (!parent || pieces.every((piece) => piece.href === undefined)) return;
    const parts: ElementContent[] = pieces.map((piece) =>
      piece.href === undefined
        ? { type: 'text', value: piece.text }
        : {
            type: 'element',
            tagName: 'a',
            properties: { href: piece.href, className: ['citation'] },
            children: [{ type: 'text', value: piece.text }],
          },
    );
    const index = parent.children.indexOf(node);
    parent.children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
}
