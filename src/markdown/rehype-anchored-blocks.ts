import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { blocksOfTree } from '../lib/plan-anchors';

/**
 * Runs after the anchors plugin, on plans only (entries with a number and a province):
 * hands the plan's anchored blocks to the build as remark-plugin frontmatter, so the
 * integrity checks, deadlines, calendars and citations need not parse the body again
 * (a second parse was a fifth of a large build).
 */
export default function rehypeAnchoredBlocks() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    if (!frontmatter || typeof frontmatter.number !== 'string' || typeof frontmatter.province !== 'string') return;
    frontmatter.anchoredBlocks = blocksOfTree(tree);
  };
}
