// What the service worker installs before the reader asks for anything: the files and bytes
// workbox-build counts in a built site for the shell's globs, as the build's own call does.
import { getManifest } from 'workbox-build';
import { PRECACHE_GLOBS } from '../../src/lib/offline/precache.ts';

export interface PrecacheSize {
  files: number;
  /** Uncompressed: what the phone stores (the transfer is smaller for text). */
  bytes: number;
  /** Globs that matched no file of this build (a page that is not built yet). */
  unmatched: string[];
  /** Each glob's share, in the order of PRECACHE_GLOBS: what grows when the corpus does. */
  byGlob: { glob: string; files: number; bytes: number }[];
}

export async function measurePrecache(dist: string): Promise<PrecacheSize> {
  const count = (globPatterns: string[]) => getManifest({ globDirectory: dist, globPatterns });
  const { count: files, size: bytes, warnings } = await count([...PRECACHE_GLOBS]);
  const unmatched = warnings.flatMap((warning) => /"globPattern": "([^"]+)"/u.exec(warning)?.[1] ?? []);
  const byGlob = [];
  for (const glob of PRECACHE_GLOBS) {
    const one = await count([glob]);
    byGlob.push({ glob, files: one.count, bytes: one.size });
  }
  return { files, bytes, unmatched, byGlob };
}
