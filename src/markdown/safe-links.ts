import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isSafeUrl, isUrlAttribute, urlsOfAttribute } from '../lib/site/safe-url';

/** A link or image address content may not use, and where it is. */
export interface UnsafeLink {
  url: string;
  /** The line in the file (0 when the parser gave none). */
  line: number;
}

/** What a rendered node can hold: hast properties, or the attributes of an MDX component. */
interface LinkNode {
  type: string;
  position?: { start: { line: number } };
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/**
 * Every URL of a Markdown or MDX body's HTML tree that `isSafeUrl` refuses: links, images
 * and any other URL attribute, of elements and of MDX components. A component's URL written
 * as an {expression} is refused too, since its value is not known before the page runs.
 */
export function unsafeLinks(tree: Root): UnsafeLink[] {
  const found: UnsafeLink[] = [];
  visit(tree, (node) => {
    const { position, properties, attributes } = node as LinkNode;
    const line = position?.start.line ?? 0;
    const check = (name: string, value: unknown) => {
      if (!isUrlAttribute(name)) return;
      const values = Array.isArray(value) ? value : [value];
      for (const item of values) {
        if (typeof item !== 'string') {
          if (item !== null && item !== undefined && typeof item !== 'boolean' && typeof item !== 'number') {
            found.push({ url: `${name}={…}`, line });
          }
          continue;
        }
        for (const url of urlsOfAttribute(name, item)) if (!isSafeUrl(url)) found.push({ url, line });
      }
    };
    for (const [name, value] of Object.entries(properties ?? {})) check(name, value);
    for (const attribute of attributes ?? []) {
      if (attribute.type === 'mdxJsxAttribute' && attribute.name) check(attribute.name, attribute.value);
      // A spread ({...props}) could hold any attribute.
      else if (attribute.type === 'mdxJsxExpressionAttribute') found.push({ url: '{...}', line });
    }
  });
  return found;
}

/** The message an editor reads for one unsafe link. */
export function unsafeLinkMessage(file: string, link: UnsafeLink): string {
  return (
    `${file}:${link.line}: the link or image address ${JSON.stringify(link.url)} is not allowed: ` +
    'content may only link to relative paths, #anchors, https:, http:, mailto: or tel:'
  );
}
