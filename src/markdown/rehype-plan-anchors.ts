import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { createSectionIdAllocator } from './section-numbering';

const HEADING = /^h[2-6]$/u;

/** The id prefix of paragraphs that come before the first heading (the preamble). */
export const PREAMBLE_ID = 'mo-dau';

/**
 * Stable anchors on every section and paragraph of a document body, so deadlines,
 * citations and search results can deep-link into the exact paragraph:
 * headings get ids from their numbering (see section-numbering.ts), paragraphs get
 * `<section id>-p<n>`, counted from their heading.
 */
export default function rehypePlanAnchors() {
  return (tree: Root) => {
    const allocate = createSectionIdAllocator();
    let section = PREAMBLE_ID;
    let paragraph = 0;
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      const element = node as Element;
      if (HEADING.test(element.tagName)) {
        section = allocate(toText(element));
        paragraph = 0;
        element.properties.id = section;
      } else if (element.tagName === 'p' || element.tagName === 'blockquote') {
        paragraph += 1;
        element.properties.id = `${section}-p${paragraph}`;
      }
    }
  };
}
