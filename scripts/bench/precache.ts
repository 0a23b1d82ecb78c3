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
}

export async function measurePrecache(dist: string): Promise<PrecacheSize> {
  const { count, size, warnings } = await getManifest({ globDirectory: dist, globPatterns: [...PRECACHE_GLOBS] });
  const unmatched = warnings.flatMap((warning) => /"globPattern": "([^"]+)"/u.exec(warning)?.[1] ?? []);
  return { files: count, bytes: size, unmatched };
}
