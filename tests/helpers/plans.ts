import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CONTENT_FOLDERS } from '../../src/lib/site/content-folders';
import { root } from './astro-build';

export interface PlanSource {
  id: string;
  file: string;
  // The YAML as an editor wrote it: tests reach into it by known field names.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  frontmatter: Record<string, any>;
  body: string;
}

export const plansDir = path.join(root, 'content', CONTENT_FOLDERS.plans);
/** The plain texts the plans and forms are transcribed from (part of the content). */
export const sourcesDir = path.join(root, 'content', CONTENT_FOLDERS.sources);

/** The plan entries as an editor wrote them (frontmatter + MDX body). */
export function readPlanSources(): PlanSource[] {
  return readdirSync(plansDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = path.join(plansDir, name);
      const source = readFileSync(file, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(source);
      if (!match) throw new Error(`${file} has no frontmatter`);
      return {
        id: name.replace(/\.mdx$/u, ''),
        file,
        frontmatter: parseYaml(match[1]!) as PlanSource['frontmatter'],
        body: match[2]!,
      };
    });
}
