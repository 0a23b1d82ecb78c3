import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { schemaProblems } from './integrity';

/**
 * A YAML data file of the content folder (actors, provinces, national documents), read and
 * checked against its schema: a malformed file stops the build naming file and field; an
 * absent one is `empty`.
 */
export function readDataFile<S extends z.ZodType>(file: string, schema: S, empty: z.output<S>): z.output<S> {
  if (!existsSync(file)) return empty;
  const result = schema.safeParse(parse(readFileSync(file, 'utf8')) ?? empty);
  if (!result.success) throw schemaProblems(relativeFile(file), result.error);
  return result.data;
}

/** A file as errors name it: relative to the project. */
export const relativeFile = (file: string): string => path.relative(process.cwd(), file);
