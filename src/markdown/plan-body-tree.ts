import type { Root } from 'hast';
import { mdxToHast } from 'satteri';
import { visit } from 'unist-util-visit';
import rehypePlanAnchors from './rehype-plan-anchors';
import { unsafeLinkMessage, unsafeLinks } from './safe-links';

/**
 * Plan bodies are parsed here rather than compiled as MDX modules by the bundler: a plan
 * is transcribed text, so it needs no JavaScript module, and compiling one per plan was most
 * of the time of a build with thousands of plans. The body is still parsed as MDX (by
 * Sätteri, the parser Astro ships), so the file means what an MDX editor shows; anything MDX
 * adds to Markdown (a component, an import, an {expression}) fails the build, naming the
 * file and the line. Topics, commemorations and form guides stay ordinary MDX entries.
 */

/** Footnote labels; without them the tree is only used for its text and anchors. */
export interface FootnoteLabels {
  footnoteLabel: string;
  /** "{n}" is replaced by the footnote's number. */
  footnoteBackLabel: string;
}

/** A plan body that is not valid MDX, uses MDX beyond Markdown, or links to an address content may not use. */
export class PlanBodyError extends Error {
  override name = 'PlanBodyError';
}

const anchor = rehypePlanAnchors();

/**
 * The body's HTML tree with the site's paragraph and section anchors. `file` names the
 * plan in errors; `body` keeps the file's line numbers (frontmatter blanked, not removed).
 */
export function planBodyTree(body: string, file: string, footnotes?: FootnoteLabels): Root {
  let tree: Root;
  try {
    tree = mdxToHast(body, {
      features: {
        frontmatter: false,
        gfm: footnotes
          ? {
              footnotes: {
                label: footnotes.footnoteLabel,
                backLabel: footnotes.footnoteBackLabel.replace('{n}', '{reference}'),
              },
            }
          : true,
      },
    }) as Root;
  } catch (error) {
    // Sätteri reports "line:column: reason".
    throw new PlanBodyError(`${file}:${(error as Error).message} — the plan body is not valid MDX`);
  }
  visit(tree, (node) => {
    if (!node.type.startsWith('mdx')) return;
    const line = node.position?.start.line ?? 0;
    const source = body.split('\n')[line - 1]?.trim() ?? '';
    throw new PlanBodyError(
      `${file}:${line}: a plan body is transcribed text; MDX ${describe(node.type)} is not allowed: "${source}". ` +
        'Write "<" followed by a letter as "&lt;" and "{" as "\\{" where the paper prints them.',
    );
  });
  const links = unsafeLinks(tree);
  if (links.length > 0) throw new PlanBodyError(links.map((link) => unsafeLinkMessage(file, link)).join('\n'));
  anchor(tree);
  return tree;
}

function describe(type: string): string {
  if (type.startsWith('mdxJsx')) return 'components (JSX)';
  if (type === 'mdxjsEsm') return 'import/export';
  return '{expressions}';
}
