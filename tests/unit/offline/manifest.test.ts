import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { appTheme } from '../../../src/data/app-theme';
import vi from '../../../src/i18n/vi.json';
import { APP_ICONS } from '../../../src/lib/offline/icons';
import { buildWebManifest, cssCustomProperty } from '../../../src/lib/offline/manifest';
import { appIconPath } from '../../../src/lib/site/routes';

const input = {
  base: '/',
  name: 'Sổ tay Học tập và làm theo Bác',
  shortName: 'Học theo Bác',
  description: 'Mô tả',
  themeColor: '#a0100f',
  backgroundColor: '#ffffff',
};

describe('buildWebManifest', () => {
  test('opens at the site root and owns the whole site', () => {
    const manifest = buildWebManifest(input);
    expect(manifest).toMatchObject({
      id: '/',
      start_url: '/',
      scope: '/',
      lang: 'vi',
      display: 'standalone',
      name: input.name,
      short_name: input.shortName,
      description: input.description,
      theme_color: '#a0100f',
      background_color: '#ffffff',
    });
  });

  test('under a sub-path, the app opens at the base, owns only it, and its icons are under it', () => {
    const manifest = buildWebManifest({ ...input, base: '/so-tay/' });
    expect(manifest.start_url).toBe('/so-tay/');
    expect(manifest.scope).toBe('/so-tay/');
    expect(manifest.id).toBe('/so-tay/');
    for (const icon of manifest.icons) expect(icon.src).toMatch(/^\/so-tay\/icons\/[\w-]+\.png$/u);
  });

  test('lists every generated icon but the apple-touch-icon, with its size and purpose', () => {
    const listed = buildWebManifest(input).icons;
    expect(listed).toEqual(
      APP_ICONS.filter((icon) => icon.kind !== 'apple').map((icon) => ({
        src: appIconPath(icon.name),
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.kind,
      })),
    );
    // What Chromium asks of an installable app: a 192 and a 512 px icon for any purpose.
    const any = listed.filter((icon) => icon.purpose === 'any').map((icon) => icon.sizes);
    expect(any).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(listed.some((icon) => icon.purpose === 'maskable')).toBe(true);
  });
});

describe('the site name under the icon', () => {
  test('the short name is the Vietnamese short name and fits under a phone icon (≤ 12 characters)', () => {
    expect(vi['site.shortName']).toBe('Học theo Bác');
    expect([...vi['site.shortName'].normalize('NFC')].length).toBeLessThanOrEqual(12);
  });
});

describe('cssCustomProperty', () => {
  test('reads a declared value, not one of a longer name', () => {
    const css = ':root {\n  --color-accent: #a0100f;\n  --color-accent-dark: #7a0b0a;\n}';
    expect(cssCustomProperty(css, '--color-accent')).toBe('#a0100f');
    expect(cssCustomProperty(css, '--color-accent-dark')).toBe('#7a0b0a');
  });

  test('throws when the property is missing or declared twice', () => {
    expect(() => cssCustomProperty(':root { --a: 1; }', '--b')).toThrow(/0 times/u);
    expect(() => cssCustomProperty(':root { --a: 1; --a: 2; }', '--a')).toThrow(/2 times/u);
  });
});

describe('the app takes the header’s colour', () => {
  const read = (file: string) => readFileSync(new URL(`../../../src/${file}`, import.meta.url), 'utf8');

  test('the header is painted with --color-accent, the manifest’s theme colour', () => {
    expect(read('components/SiteHeader.astro')).toMatch(/\.site-header\s*\{[^}]*background:\s*var\(--color-accent\)/u);
    expect(appTheme.themeColor).toBe(cssCustomProperty(read('styles/tokens.css'), '--color-accent'));
    expect(appTheme.backgroundColor).toBe(cssCustomProperty(read('styles/tokens.css'), '--color-bg'));
  });

  test('the icon’s square is the same colour, so the icons drawn to the edge show no seam', () => {
    const fill = /<rect\b[^>]*\bfill="([^"]+)"/u.exec(appTheme.iconSource)?.[1];
    expect(fill?.toLowerCase()).toBe(appTheme.themeColor.toLowerCase());
  });
});
