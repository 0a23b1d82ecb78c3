import { existsSync } from 'node:fs';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';

/**
 * Astro's glob loader leaves a collection's previous entries in the data store when its
 * folder is missing (it only warns), so a content folder without forms/ would still see
 * the forms of an earlier build. This loader empties the collection instead.
 */
export function globOrEmpty(options: { pattern: string; base: string }): Loader {
  const inner = glob(options);
  return {
    name: 'glob-or-empty',
    load: async (context) => {
      if (!existsSync(options.base)) {
        context.store.clear();
        return;
      }
      await inner.load(context);
    },
  };
}
