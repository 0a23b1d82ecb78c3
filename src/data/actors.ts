import path from 'node:path';
import { actorsSchema, type Actors } from '../schemas/actor';
import { config } from '../config';
import { readDataFile } from './data-file';

/** The actors list, one per issuer (see src/schemas/actor.ts); a content folder without one has none. */
export const actorsFile: string = path.join(config.contentDir, 'actors.yaml');

let actors: Actors | undefined;

/** The actors list, read and checked once per build (a malformed file stops it, naming file and field). */
export function getActors(): Actors {
  return (actors ??= readDataFile(actorsFile, actorsSchema, {}));
}
