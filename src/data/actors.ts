import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { actorsSchema, type Actors } from '../schemas/actor';
import { ContentIntegrityError } from '../lib/plans/integrity';
import { config } from '../config';
import { CONTENT_FILES } from '../lib/site/content-folders';

/** The actors list, one per issuer (see src/schemas/actor.ts); a content folder without one has none. */
export const actorsFile: string = path.join(config.contentDir, CONTENT_FILES.actors);

let actors: Actors | undefined;

/** The actors list, read and checked once per build (a malformed file stops it, naming file and field). */
export function getActors(): Actors {
  if (actors) return actors;
  if (!existsSync(actorsFile)) return (actors = {});
  const result = actorsSchema.safeParse(parse(readFileSync(actorsFile, 'utf8')) ?? {});
  if (!result.success) {
    throw new ContentIntegrityError(
      result.error.issues.map((issue) => `${actorsFile}: ${issue.path.join('.')}: ${issue.message}`),
    );
  }
  return (actors = result.data);
}
