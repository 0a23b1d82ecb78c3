import { getCollection, render, type CollectionEntry } from 'astro:content';
import { assertPlansIntegrity } from '../lib/content-integrity';
import { rememberAnchoredBlocks, type AnchoredBlock } from '../lib/plan-anchors';
import { compareNewestFirst } from '../lib/plan-order';

export type PlanEntry = CollectionEntry<'plans'>;

let checked: Promise<PlanEntry[]> | undefined;

/** All plans, newest first, checked for integrity once per build (a problem stops the build). */
export function getPlans(): Promise<PlanEntry[]> {
  checked ??= getCollection('plans').then(async (entries) => {
    // The render already found each body's anchored blocks (rehype-anchored-blocks.ts).
    for (const entry of entries) {
      const { remarkPluginFrontmatter } = await render(entry);
      const blocks = remarkPluginFrontmatter.anchoredBlocks as AnchoredBlock[] | undefined;
      if (blocks) rememberAnchoredBlocks(entry.body ?? '', blocks);
    }
    assertPlansIntegrity(entries);
    return entries.sort((a, b) => compareNewestFirst(a.data, b.data));
  });
  return checked;
}
