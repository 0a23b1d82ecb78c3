import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/** What the Markdown pipeline needs to know about the plans on the site. */
export interface SitePlan {
  id: string;
  number: string;
  province: string;
}

/**
 * Reads number and province of every plan file. The Markdown plugins run before the
 * content collections are available, so they learn which documents are on the site here.
 */
export function readSitePlans(plansDir: string): SitePlan[] {
  return readdirSync(plansDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const match = /^---\n([\s\S]*?)\n---/u.exec(readFileSync(path.join(plansDir, name), 'utf8'));
      const data = match ? (parseYaml(match[1]!) as Record<string, unknown>) : {};
      if (typeof data.number !== 'string' || typeof data.province !== 'string') return [];
      return [{ id: name.replace(/\.mdx$/u, ''), number: data.number, province: data.province }];
    });
}
