import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { firstPage, namedPages, RANKING } from '../../src/lib/search/rank';
import type { Pagefind } from '../../src/client/search/pagefind';

export interface NodeSearchResult {
  url: string;
  title: string;
  excerpt: string;
  sections: { title: string; url: string }[];
}

/**
 * Loads the real pagefind.js of a built site in Node and answers queries from the real
 * index files: fetch() is pointed at the files on disk, nothing else is replaced.
 */
export async function loadPagefind(distDir: string) {
  const bundle = path.join(distDir, 'pagefind');
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const relative = url
      .split('?')[0]!
      .replace(/^file:\/\//u, '')
      .replace(/^.*\/pagefind\//u, '');
    const data = await readFile(path.join(bundle, relative));
    return new Response(data);
  }) as typeof fetch;
  const pagefind = (await import(pathToFileURL(path.join(bundle, 'pagefind.js')).href)) as Pagefind & {
    destroy: () => Promise<void>;
  };
  await pagefind.options({ basePath: `${pathToFileURL(bundle).href}/`, baseUrl: '/', ranking: RANKING });
  await pagefind.init();

  return {
    async search(query: string | null, filters: Record<string, string> = {}): Promise<NodeSearchResult[]> {
      const response = await pagefind.search(query, { filters });
      // The same first page, in the same order, as the search page shows.
      const named = await namedPages(query ?? '', (exact) => pagefind.search(exact, { filters }));
      const { shown } = await firstPage(query ?? '', response.results, named);
      return shown.map((item) => ({
        url: item.url,
        title: item.meta.title ?? '',
        excerpt: item.excerpt,
        sections: item.sub_results.map((sub) => ({ title: sub.title, url: sub.url })),
      }));
    },
    filters: (): Promise<Record<string, Record<string, number>>> => pagefind.filters(),
    async close() {
      await pagefind.destroy?.();
      globalThis.fetch = realFetch;
    },
  };
}
