import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { config } from '../config';
import { CONTENT_FOLDERS } from '../lib/site/content-folders';

/**
 * The plain texts the plans and forms are transcribed from, kept unchanged in the content
 * folder's sources/ and named like their plan (tra-vinh-34-kh-duk.txt). Each plan's text is
 * published beside its page, so a reader can compare the transcription with it.
 */
export const sourcesDir: string = path.join(config.contentDir, CONTENT_FOLDERS.sources);

/** A source text's bytes, exactly as the file holds them. */
export function readSource(file: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(path.join(sourcesDir, file)));
}

/**
 * Refines the schema of a collection whose entries name their source text (`source.file`):
 * the file must be in `folder`, or the build fails naming the entry's file and the field.
 */
export function sourceFileExists(folder: string = sourcesDir) {
  return (entry: { source: { file: string } }, ctx: z.RefinementCtx): void => {
    if (!existsSync(path.join(folder, entry.source.file))) {
      ctx.addIssue({
        code: 'custom',
        path: ['source', 'file'],
        message: `"${entry.source.file}" is not in ${folder}/: copy the source text there, unchanged`,
      });
    }
  };
}
