/** Prefixes a site path with the configured base, so the site works under a sub-path. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/u, '');
  return `${base}/${path.replace(/^\/+/u, '')}`;
}
