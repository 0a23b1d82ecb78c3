import type { Loader, LoaderContext } from 'astro/loaders';
import { contentLoader } from './content-loader';

/**
 * The plans collection: every `*.mdx` of a folder, its frontmatter checked against the
 * schema, its body left in the file. It keeps the body out of the data store and does not
 * make each plan an MDX module for the bundler; the site renders bodies itself
 * (src/markdown/plan-body.ts, src/data/plans.ts). With thousands of plans that is the
 * difference between a build that grows with the plans and one that grows faster.
 */
export function planLoader(options: { base: string }): Loader {
  return contentLoader({
    base: options.base,
    body: 'file',
    loaded: (context, ids) => {
      const drafts = draftIds(context, ids);
      if (drafts.length > 0) context.logger.info(draftsMessage(drafts));
    },
  });
}

function draftIds(context: LoaderContext, ids: Iterable<string>): string[] {
  return [...ids].filter((id) => (context.store.get(id)?.data as { status?: string } | undefined)?.status === 'draft');
}

/** The build's list of the drafts it built, so none goes online unnoticed. */
export function draftsMessage(ids: readonly string[]): string {
  return `Bản nháp — chưa soát xét (drafts, not reviewed): ${ids.length} kế hoạch: ${ids.join(', ')}. Soát xét theo content/plans/README.md rồi xoá dòng "status: draft".`;
}
