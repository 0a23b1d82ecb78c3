import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { blocksOfTree } from './plan-anchors';
import type { AnchoredBlock } from '../lib/plans/lookup';
import { plainText } from '../lib/text/plain-text';
import { planBodyTree, type FootnoteLabels } from './plan-body-tree';
import { linkCitations, type SitePlan } from './citation-links';

/** A heading of a plan body, as the table of contents lists it. */
export interface PlanHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * A plan body as its page shows it, its blocks for the checks and lists that quote it, and
 * its reading text for the checks and the search index.
 */
export interface RenderedPlanBody {
  html: string;
  /**
   * The footnotes section, apart from the body: a page prints it after the signature block,
   * where a filed document's notes end (empty when the body has none).
   */
  footnotesHtml: string;
  headings: PlanHeading[];
  blocks: AnchoredBlock[];
  text: string;
}

/** What rendering depends on besides the body. */
export interface PlanBodyOptions extends FootnoteLabels {
  /** The site's base path ("/" or "/so-tay/"), for citation links. */
  base: string;
  /** Every plan on the site, so a citation links to the plan's own page when it is here. */
  plans: SitePlan[];
}

export { PlanBodyError, planBodyTree } from './plan-body-tree';

/** The page's HTML of a plan body (anchors, citation links), its headings, blocks and reading text, from one parse. */
export function renderPlanBody(
  body: string,
  plan: { file: string; province: string },
  options: PlanBodyOptions,
): RenderedPlanBody {
  const tree = planBodyTree(body, plan.file, options);
  // Blocks are read before citations become links (the text is the same either way).
  const blocks = blocksOfTree(tree);
  linkCitations(tree, plan.province, options);
  const footnotes = tree.children.filter(isFootnotesSection);
  const bodyTree: Root = { ...tree, children: tree.children.filter((node) => !isFootnotesSection(node)) };
  return {
    html: toHtml(bodyTree),
    footnotesHtml: footnotes.length > 0 ? toHtml({ type: 'root', children: footnotes }) : '',
    headings: headingsOf(tree),
    blocks,
    text: plainText(body),
  };
}

/** The GFM footnotes section remark-gfm appends at the end of a body. */
const isFootnotesSection = (node: Root['children'][number]): boolean =>
  node.type === 'element' && node.tagName === 'section' && 'dataFootnotes' in node.properties;

/** Headings with the ids the anchors plugin gave them. */
function headingsOf(tree: Root): PlanHeading[] {
  const headings: PlanHeading[] = [];
  visit(tree, 'element', (element: Element) => {
    const match = /^h([1-6])$/u.exec(element.tagName);
    if (!match || typeof element.properties.id !== 'string') return;
    headings.push({ depth: Number(match[1]), slug: element.properties.id, text: toText(element) });
  });
  return headings;
}
