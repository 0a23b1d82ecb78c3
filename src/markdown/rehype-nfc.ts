import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { nfcDeep } from '../lib/text/nfc';

/** What a rendered node can hold: text, hast properties, or the attributes of an MDX component. */
interface TextNode {
  type: string;
  value?: unknown;
  properties?: Record<string, unknown>;
  attributes?: { type: string; value?: unknown }[];
}

/**
 * A rehype plugin for the Markdown pipeline of topics, commemorations and form guides: every
 * text and attribute of the body in NFC (see src/lib/text/nfc.ts), as the frontmatter is
 * (src/loaders/nfc.ts). Plan bodies are normalised when they are read (src/data/plans.ts).
 */
export default function rehypeNfc() {
  return (tree: Root): void => {
    visit(tree, (node) => {
      const item = node as TextNode;
      if (item.type === 'text' && typeof item.value === 'string') item.value = item.value.normalize('NFC');
      if (item.properties) item.properties = nfcDeep(item.properties);
      for (const attribute of item.attributes ?? []) {
        if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') {
          attribute.value = attribute.value.normalize('NFC');
        }
      }
    });
  };
}
