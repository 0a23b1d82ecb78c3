import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { root } from './astro-build';

/** The site built by `npm run build` (npm test builds it first). */
export const dist = path.join(root, 'dist');
/** The same site built under the sub-path /so-tay/ by `npm run build:base`. */
export const distBase = path.join(root, 'dist-base');
export const BASE_PATH = '/so-tay/';

export function requireBuilt(dir: string): string {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir} is not built: run "npm test" (it builds the site first)`);
  }
  return dir;
}

/** Every file under a folder, sorted. */
export function allFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

export function htmlFiles(dir: string): string[] {
  return allFiles(dir).filter((file) => file.endsWith('.html'));
}

export function readDist(dir: string, relative: string): string {
  return readFileSync(path.join(dir, relative), 'utf8');
}
