import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { plainText } from '../lib/text/plain-text';
import type { AnchoredBlock } from '../lib/plans/lookup';

/**
 * The ids and reading text of a body's headings, paragraphs and footnotes, read from its
 * HTML tree once the anchors plugin has run on it: the ids the page renders, so a quote can
 * be tied to the exact paragraph a link must land on.
 */
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
