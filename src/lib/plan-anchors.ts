import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypePlanAnchors from '../markdown/rehype-plan-anchors';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { plainText } from './markdown-text';

/** A block of a plan body with the id the page gives it. */
export interface AnchoredBlock {
  id: string;
  text: string;
}

/**
 * The ids and reading text of a plan body's headings and paragraphs, computed with the
 * same anchors plugin the site renders with, so a quote can be tied to the exact
 * paragraph a link must land on.
 */
export function anchoredBlocks(body: string): AnchoredBlock[] {
  // Integrity checks, deadlines, calendars, topics and citations all ask for the same
  // bodies; each is parsed once, or not at all when the site's own render reported its
  // blocks (rememberAnchoredBlocks).
  const cached = blocksByBody.get(body);
  if (cached) return cached;
  const blocks = blocksOfTree(processor.runSync(processor.parse(body)) as Root);
  blocksByBody.set(body, blocks);
  return blocks;
}

/** Records the blocks the site's Markdown pipeline found in a body, so it is not parsed again. */
export function rememberAnchoredBlocks(body: string, blocks: AnchoredBlock[]): void {
  blocksByBody.set(body, blocks);
}

const blocksByBody = new Map<string, AnchoredBlock[]>();
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypePlanAnchors).freeze();

/** The anchored blocks of a body's HTML tree, once the anchors plugin has run on it. */
export function blocksOfTree(tree: Root): AnchoredBlock[] {
  const blocks = tree.children
    .filter((node): node is Element => node.type === 'element' && typeof node.properties?.id === 'string')
    .filter((element) => element.tagName !== 'section')
    .map((element) => ({ id: String(element.properties.id), text: plainText(toText(element)) }));
  // Footnotes (GFM renders them as list items with ids) are blocks too.
  visit(tree, 'element', (element: Element) => {
    if (element.tagName === 'li' && String(element.properties?.id ?? '').startsWith('user-content-fn-')) {
      blocks.push({ id: String(element.properties.id), text: plainText(toText(element)).replace(/\s*↩$/u, '') });
    }
  });
  return blocks;
}

/** The id of the block holding the quote, or null when no single block holds it. */
export function anchorOf(blocks: AnchoredBlock[], quote: string): string | null {
  const wanted = plainText(quote);
  return blocks.find((block) => block.text.includes(wanted))?.id ?? null;
}
