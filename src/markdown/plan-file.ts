import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';

/** A plan file split the way the site reads it. */
export interface PlanFile {
  frontmatter: Record<string, unknown>;
  /** The body with the frontmatter blanked out, so line numbers stay the file's. */
  body: string;
}

/** Splits a plan's .mdx source; a YAML error names the file and the line. */
export function readPlanFile(source: string, file: string): PlanFile {
  try {
    const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    return { frontmatter, body: content };
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    throw new Error(
      `${file}${mark ? `:${mark.line + 1}` : ''}: the frontmatter is not valid YAML: ${(error as { reason?: string }).reason ?? (error as Error).message}`,
      { cause: error },
    );
  }
}

/**
 * A plan's body with its frontmatter blanked out (same lines as the file), without parsing
 * the YAML again: the loader has already checked it.
 */
export function planBodyOf(source: string): string {
  const raw = extractFrontmatter(source);
  if (raw === undefined) return source;
  return source.replace(`---${raw}---`, `   ${raw.replace(/[^\r\n]/gu, ' ')}   `);
}
