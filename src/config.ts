/**
 * Every setting the site reads from the environment, read and checked here once (the README
 * lists them). astro.config.mjs, the content collections and the pages all take them from
 * `config`; nothing else reads process.env. A wrong value stops the build with a message
 * naming the variable, instead of a broken site.
 *
 * Server side only: browser code must not import this module (it has no process.env).
 */

export interface SiteConfig {
  /** BASE: the sub-path the site is served under, "/" or "/so-tay/" (always ending in "/"). */
  base: string;
  /** SITE: the public address (https://…), for absolute links in the calendars; undefined when not set. */
  site: string | undefined;
  /** OUT_DIR: where the build writes the site. */
  outDir: string;
  /** CACHE_DIR: Astro's cache; fixture builds in tests use their own, so no entry leaks between content folders. */
  cacheDir: string;
  /** CONTENT_DIR: the folder holding plans/, topics/, commemorations/ and forms/; tests point it at fixtures. */
  contentDir: string;
  /** PLANS_PER_PAGE: plans on each page of the plan lists. */
  plansPerPage: number;
}

/** Plans on each page of the plan lists unless PLANS_PER_PAGE says otherwise. */
export const DEFAULT_PLANS_PER_PAGE = 50;

type Environment = Readonly<Record<string, string | undefined>>;

/** Each variable's reading: its value from the raw text (undefined when unset); throws saying what is expected. */
const parse = {
  BASE(raw: string | undefined): string {
    if (raw === undefined) return '/';
    if (!/^\/[^\s?#\\]*$/u.test(raw) || raw.includes('//') || raw.split('/').includes('..')) {
      throw new Error('must be a path starting with "/", such as /so-tay/');
    }
    return raw.endsWith('/') ? raw : `${raw}/`;
  },
  SITE(raw: string | undefined): string | undefined {
    if (raw !== undefined && !(URL.canParse(raw) && /^https?:$/u.test(new URL(raw).protocol))) {
      throw new Error('must be the public address of the site, such as https://example.org');
    }
    return raw;
  },
  PLANS_PER_PAGE(raw: string | undefined): number {
    if (raw === undefined) return DEFAULT_PLANS_PER_PAGE;
    if (!/^[1-9]\d*$/u.test(raw)) throw new Error(`must be a whole number above 0, such as ${DEFAULT_PLANS_PER_PAGE}`);
    return Number(raw);
  },
  /** A folder: any path, relative to the project or absolute. */
  folder:
    (fallback: string) =>
    (raw: string | undefined): string =>
      raw ?? fallback,
};

/**
 * Reads the settings from an environment (process.env, or a test's own). An empty variable
 * counts as unset. Throws one error listing every wrong value.
 */
export function readConfig(env: Environment): SiteConfig {
  const problems: string[] = [];
  const read = <T>(name: string, reading: (raw: string | undefined) => T): T => {
    const raw = env[name]?.trim();
    try {
      return reading(raw === '' ? undefined : raw);
    } catch (error) {
      problems.push(`${name}=${JSON.stringify(env[name])}: ${(error as Error).message}`);
      return undefined as T;
    }
  };
  const config: SiteConfig = {
    base: read('BASE', parse.BASE),
    site: read('SITE', parse.SITE),
    outDir: read('OUT_DIR', parse.folder('./dist')),
    cacheDir: read('CACHE_DIR', parse.folder('./node_modules/.astro')),
    contentDir: read('CONTENT_DIR', parse.folder('./content')),
    plansPerPage: read('PLANS_PER_PAGE', parse.PLANS_PER_PAGE),
  };
  if (problems.length > 0) {
    throw new Error(`Invalid environment variable${problems.length > 1 ? 's' : ''}:\n  ${problems.join('\n  ')}`);
  }
  return config;
}

/** The settings of this build or dev server. */
export const config: SiteConfig = readConfig(process.env);
