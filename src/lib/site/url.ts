import { config } from '../../config';
import { withBase } from './routes';

/** Prefixes a site path (from routes.ts) with the configured base, so the site works under a sub-path. */
export function href(path: string): string {
  return withBase(config.base, path);
}
