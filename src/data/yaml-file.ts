import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { ContentIntegrityError } from './integrity';
import { nfcDeep } from '../lib/text/nfc';

/**
 * A YAML data file of the content folder (actors.yaml, provinces.yaml, documents.yaml),
 * read and checked the one way: its text in NFC before the schema sees it, as the
 * collections' files are (src/loaders/content-loader.ts), so a file saved decomposed (NFD)
 * means what it shows; a problem stops the build naming the file, the line and the field.
 * `absent` is what a content folder without the file has.
 */
export function readYamlFile<S extends z.ZodType>(file: string, schema: S, absent: z.output<S>): z.output<S> {
  if (!existsSync(file)) return absent;
  const name = relativeFile(file);
  const lines = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8').normalize('NFC'), { lineCounter: lines });
  if (document.errors.length > 0) {
    throw new ContentIntegrityError(
      document.errors.map((error) => `${name}:${error.linePos?.[0].line ?? 0}: not valid YAML: ${error.message}`),
    );
  }
  // Again as data: an escape in a quoted string ("i\u0309") is decoded only by the parser.
  const result = schema.safeParse(nfcDeep(document.toJS()) ?? absent);
  if (result.success) return result.data;
  throw new ContentIntegrityError(
    result.error.issues.map((issue) => {
      const line = lineOf(document, lines, issue.path);
      return `${name}${line ? `:${line}` : ''}: ${issue.path.join('.')}: ${issue.message}`;
    }),
  );
}

/** The line of the value at `at`, or of its nearest parent the file has (a missing field has none of its own). */
function lineOf(document: Document, lines: LineCounter, at: readonly PropertyKey[]): number | undefined {
  for (let depth = at.length; depth >= 0; depth -= 1) {
    const node = document.getIn(at.slice(0, depth) as unknown[], true) as
      { range?: [number, number, number] } | undefined;
    if (node?.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** A file as errors name it: relative to the project. */
export const relativeFile = (file: string): string => path.relative(process.cwd(), file);
