// Sizes of a built site: what a host stores and what the largest pages weigh.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface DistStats {
  bytes: number;
  files: number;
  htmlPages: number;
  largestPage: { path: string; bytes: number };
  pagefindBytes: number;
}

function walk(dir: string, visit: (file: string, bytes: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else visit(full, statSync(full).size);
  }
}

export function folderBytes(dir: string): number {
  let bytes = 0;
  if (existsSync(dir)) walk(dir, (_file, size) => (bytes += size));
  return bytes;
}

export function distStats(dist: string, pagefindDir = 'pagefind'): DistStats {
  const stats: DistStats = { bytes: 0, files: 0, htmlPages: 0, largestPage: { path: '', bytes: 0 }, pagefindBytes: 0 };
  walk(dist, (file, bytes) => {
    stats.bytes += bytes;
    stats.files += 1;
    if (file.endsWith('.html')) {
      stats.htmlPages += 1;
      if (bytes > stats.largestPage.bytes) stats.largestPage = { path: path.relative(dist, file), bytes };
    }
  });
  stats.pagefindBytes = folderBytes(path.join(dist, pagefindDir));
  return stats;
}

export function fileBytes(file: string): number | null {
  return existsSync(file) ? statSync(file).size : null;
}
