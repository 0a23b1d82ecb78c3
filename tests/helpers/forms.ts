import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { formSchema, type Form } from '../../src/schemas/form';
import { CONTENT_FOLDERS } from '../../src/lib/site/content-folders';
import { root } from './astro-build';

export const formsDir = path.join(root, 'content', CONTENT_FOLDERS.forms);

/** The form entries as the site reads them: frontmatter parsed by the real schema. */
export function readForms(): { id: string; file: string; filePath: string; data: Form }[] {
  return readdirSync(formsDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = path.join(formsDir, name);
      const match = /^---\n([\s\S]*?)\n---\n/u.exec(readFileSync(file, 'utf8'));
      if (!match) throw new Error(`${file} has no frontmatter`);
      return { id: name.replace(/\.mdx$/u, ''), file, filePath: file, data: formSchema.parse(parseYaml(match[1]!)) };
    });
}

/** Whitespace-insensitive text, to compare what a .docx reader gives back with the source. */
export function comparableText(paragraphs: string[]): string {
  return paragraphs.join(' ').replace(/\s+/gu, ' ').trim();
}
