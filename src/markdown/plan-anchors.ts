import type { Element, ElementContent, Root } from 'hast';
import { planBodyTree } from './plan-body-tree';
import { visit } from 'unist-util-visit';
import { plainText } from '../lib/text/plain-text';
import { TextKeyedCache } from '../lib/text-keyed-cache';

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
export function anchoredBlocks(body: string, file = 'plan'): AnchoredBlock[] {
  // Integrity checks, deadlines, calendars, topics and citations all ask for the same
  // bodies; each is parsed once.
  const cached = blocksByBody.get(body);
  if (cached) return cached;
  const blocks = blocksOfTree(planBodyTree(body, file));
  blocksByBody.set(body, blocks);
  return blocks;
}

/** Records the blocks the page render found in a body, so it is not parsed again. */
export function rememberAnchoredBlocks(body: string, blocks: AnchoredBlock[]): void {
  blocksByBody.set(body, blocks);
}

const blocksByBody = new TextKeyedCache<AnchoredBlock[]>();

/** The anchored blocks of a body's HTML tree, once the anchors plugin has run on it. */
export function blocksOfTree(tree: Root): AnchoredBlock[] {
  const blocks = tree.children
    .filter((node): node is Element => node.type === 'element' && typeof node.properties?.id === 'string')
    .filter((element) => element.tagName !== 'section')
    .map((element) => ({ id: String(element.properties.id), text: plainText(textOf(element)) }));
  // Footnotes (GFM renders them as list items with ids) are blocks too.
  visit(tree, 'element', (element: Element) => {
    if (element.tagName === 'li' && String(element.properties?.id ?? '').startsWith('user-content-fn-')) {
      blocks.push({ id: String(element.properties.id), text: plainText(textOf(element)).replace(/\s*↩$/u, '') });
    }
  });
  return blocks;
}

/**
 * The text of an element: its text nodes joined. plainText collapses the whitespace, so
 * this reads the same as hast-util-to-text for the site's paragraphs, at a fraction of the
 * cost (it runs on every paragraph of every plan).
 */
function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  let text = '';
  for (const child of node.children) text += textOf(child);
  return text;
}

/** The id of the block holding the quote, or null when no single block holds it. */
export function anchorOf(blocks: AnchoredBlock[], quote: string): string | null {
  const wanted = plainText(quote);
  return blocks.find((block) => block.text.includes(wanted))?.id ?? null;
}
