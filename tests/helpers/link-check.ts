import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { htmlFiles } from './dist';

/**
 * Checks every internal link, asset and #anchor of a built site against the files on
 * disk, resolving each URL the way a browser would from the page that holds it, with the
 * site served under `base`. Returns the broken ones as "page → url (reason)".
 */
export function findBrokenLinks(dir: string, base: string): { broken: string[]; checked: number } {
  const origin = 'http://site.invalid';
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      const html = parse(readFileSync(file, 'utf8'));
      ids = new Set(html.querySelectorAll('[id]').map((element) => element.id));
      idsCache.set(file, ids);
    }
    return ids;
  };
  const fileFor = (pathname: string): string | null => {
    if (!pathname.startsWith(base)) return null;
    const relative = decodeURIComponent(pathname.slice(base.length));
    let file = path.join(dir, relative);
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    return existsSync(file) ? file : null;
  };

  const broken: string[] = [];
  let checked = 0;
  for (const page of htmlFiles(dir)) {
    const pagePath = base + path.relative(dir, page).replace(/index\.html$/u, '');
    const pageUrl = new URL(pagePath, origin);
    const html = parse(readFileSync(page, 'utf8'));
    const refs = html
      .querySelectorAll('a[href], link[href], script[src], img[src]')
      .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '');
    for (const ref of refs) {
      const url = new URL(ref, pageUrl);
      if (url.origin !== origin) continue; // external links are not ours to check (there are none)
      checked += 1;
      const target = fileFor(url.pathname);
      const where = `${pagePath} → ${ref}`;
      if (!target) {
        broken.push(`${where} (no such file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        broken.push(`${where} (no element with id "${fragment}")`);
      }
    }
  }
  return { broken, checked };
}
