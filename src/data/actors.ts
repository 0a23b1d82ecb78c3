import path from 'node:path';
import { actorsSchema, type Actors } from '../schemas/actor';
import { config } from '../config';
import { readYamlFile } from './yaml-file';
import { CONTENT_FILES } from '../lib/site/content-folders';

/** The actors list, one per issuer (see src/schemas/actor.ts); a content folder without one has none. */
export const actorsFile: string = path.join(config.contentDir, CONTENT_FILES.actors);

let actors: Actors | undefined;

/** The actors list, read and checked once per build (src/data/yaml-file.ts). */
export function getActors(): Actors {
  return (actors ??= readYamlFile(actorsFile, actorsSchema, {}));
}
