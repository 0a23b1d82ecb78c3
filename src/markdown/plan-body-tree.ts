import type { Root } from 'hast';
import { mdxToHast } from 'satteri';
import { SKIP, visit } from 'unist-util-visit';
import rehypePlanAnchors from './rehype-plan-anchors';
import { unsafeLinkMessage, unsafeLinks } from './safe-links';

/**
 * The one body rule of the site's content: a body (a plan's, a form guide's) is Markdown
 * text with safe links, nothing more. Bodies are parsed here rather than compiled as MDX
 * modules by the bundler: nothing in content may run code at build time (an MDX module can
 * import node:fs), and compiling one module per plan was most of the time of a build with
 * thousands of plans. The body is still parsed as MDX (by Sätteri, the parser Astro ships),
 * so the file means what an MDX editor shows; raw HTML and anything MDX adds to Markdown (a
 * component, an import or export, an {expression}) fail the build, naming the file, the
 * line and what is there, and so does a link or image address `isSafeUrl` refuses.
 */

/** Footnote labels; without them the tree is only used for its text and anchors. */
export interface FootnoteLabels {
  footnoteLabel: string;
  /** "{n}" is replaced by the footnote's number. */
  footnoteBackLabel: string;
}

/** What every refusal of a body tells the editor to do instead. */
const RULE =
  'A body is Markdown text with safe links only: no raw HTML, components (JSX), import/export or ' +
  '{expressions}. Write "<" followed by a letter as "&lt;" and "{" as "\\{" where the text prints them.';

/**
 * A body that is not valid MDX, holds HTML or MDX beyond Markdown, or links to an address
 * content may not use: one line per problem ("file:line: found …"), then what to do, once.
 */
export class PlanBodyError extends Error {
  override name = 'PlanBodyError';
  constructor(
    readonly problems: readonly string[],
    readonly advice: readonly string[] = [RULE],
  ) {
    super([...problems, ...advice].join('\n'));
  }
}

const anchor = rehypePlanAnchors();

/**
 * The body's HTML tree with the site's paragraph and section anchors. `file` names the
 * body's file in errors; `body` keeps the file's line numbers (frontmatter blanked, not
 * removed). Every problem of the body is reported at once.
 */
export function planBodyTree(body: string, file: string, footnotes?: FootnoteLabels): Root {
  const lines = body.split('\n');
  const quote = (line: number) => JSON.stringify(lines[line - 1]?.trim() ?? '');
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
    // Sätteri reports "line:column: reason"; an unclosed HTML tag (<img …>) is one of these.
    const message = (error as Error).message;
    const line = Number(/^(\d+):/u.exec(message)?.[1] ?? 0);
    throw new PlanBodyError([`${file}:${message} — not valid MDX: found ${quote(line)}`]);
  }
  const problems: string[] = [];
  visit(tree, (node) => {
    if (!node.type.startsWith('mdx')) return undefined;
    const line = node.position?.start.line ?? 0;
    problems.push(`${file}:${line}: found ${describe(node.type)}: ${quote(line)}`);
    // What is inside a refused element is refused with it.
    return SKIP;
  });
  problems.push(...unsafeLinks(tree).map((link) => unsafeLinkMessage(file, link)));
  if (problems.length > 0) throw new PlanBodyError(problems);
  anchor(tree);
  return tree;
}

function describe(type: string): string {
  if (type.startsWith('mdxJsx')) return 'raw HTML or a component (JSX)';
  if (type === 'mdxjsEsm') return 'an import or export';
  return 'an {expression}';
}
