import { describe, expect, test } from 'vitest';
import { DEFAULT_PLANS_PER_PAGE, readConfig } from '../../src/config';

describe('readConfig', () => {
  test('without variables, the site builds to dist/ from content/, at the root, 50 plans a page', () => {
    expect(readConfig({})).toEqual({
      base: '/',
      site: undefined,
      outDir: './dist',
      cacheDir: './node_modules/.astro',
      contentDir: './content',
      plansPerPage: 50,
    });
    expect(DEFAULT_PLANS_PER_PAGE).toBe(50);
  });

  test('reads every variable; an empty one counts as unset', () => {
    expect(
      readConfig({
        BASE: '/so-tay/',
        SITE: 'https://example.org',
        OUT_DIR: 'dist-base',
        CACHE_DIR: '/tmp/cache',
        CONTENT_DIR: './tests/fixtures/content/valid',
        PLANS_PER_PAGE: '2',
      }),
    ).toEqual({
      base: '/so-tay/',
      site: 'https://example.org',
      outDir: 'dist-base',
      cacheDir: '/tmp/cache',
      contentDir: './tests/fixtures/content/valid',
      plansPerPage: 2,
    });
    expect(readConfig({ BASE: '', SITE: '', PLANS_PER_PAGE: ' ' })).toMatchObject({
      base: '/',
      site: undefined,
      plansPerPage: 50,
    });
  });

  test('a base always ends in "/"', () => {
    expect(readConfig({ BASE: '/so-tay' }).base).toBe('/so-tay/');
    expect(readConfig({ BASE: '/a/b/' }).base).toBe('/a/b/');
  });

  test.each([
    ['PLANS_PER_PAGE', 'abc', 'whole number above 0'],
    ['PLANS_PER_PAGE', '0', 'whole number above 0'],
    ['PLANS_PER_PAGE', '-3', 'whole number above 0'],
    ['PLANS_PER_PAGE', '2.5', 'whole number above 0'],
    ['BASE', 'so-tay/', 'path starting with "/"'],
    ['BASE', 'https://example.org/so-tay/', 'path starting with "/"'],
    ['BASE', '/so tay/', 'path starting with "/"'],
    ['BASE', '//so-tay/', 'path starting with "/"'],
    ['SITE', 'example.org', 'public address'],
    ['SITE', 'ftp://example.org', 'public address'],
  ])('%s=%s is refused with a message naming the variable and what it expects', (name, value, expected) => {
    expect(() => readConfig({ [name]: value })).toThrow(`${name}=${JSON.stringify(value)}: must be`);
    expect(() => readConfig({ [name]: value })).toThrow(expected);
  });

  test('every wrong value is reported at once', () => {
    expect(() => readConfig({ BASE: 'x', PLANS_PER_PAGE: 'y' })).toThrow(
      /^Invalid environment variables:\n {2}BASE="x": .+\n {2}PLANS_PER_PAGE="y": /u,
    );
  });
});
