// The installable app in both builds: every page links the manifest, its theme colour and the
// apple-touch-icon under the base; the manifest and the icons the build wrote are the ones the
// pure builders give (so two builds write the same bytes).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { appTheme } from '../../src/data/app-theme';
import vi from '../../src/i18n/vi.json';
import { APP_ICONS, renderAppIcon } from '../../src/lib/offline/icons';
import { buildWebManifest } from '../../src/lib/offline/manifest';
import { appIconPath, faviconPath, webManifestPath } from '../../src/lib/site/routes';
import { BASE_PATH, dist, distBase, htmlFiles, requireBuilt } from '../helpers/dist';

describe.each([
  { label: 'the root build', dir: dist, base: '/' },
  { label: `the build under ${BASE_PATH}`, dir: distBase, base: BASE_PATH },
])('$label', ({ dir, base }) => {
  const file = (sitePath: string) => path.join(requireBuilt(dir), sitePath);

  test('writes the manifest the builder gives, in Vietnamese, opening at the base', () => {
    const manifest = JSON.parse(readFileSync(file(webManifestPath), 'utf8'));
    expect(manifest).toEqual(
      buildWebManifest({
        base,
        name: vi['site.name'],
        shortName: vi['site.shortName'],
        description: vi['site.description'],
        themeColor: appTheme.themeColor,
        backgroundColor: appTheme.backgroundColor,
      }),
    );
    expect(manifest.start_url).toBe(base);
  });

  test.each(APP_ICONS)('writes $name.png as drawn from the one SVG, byte for byte', (icon) => {
    const written = readFileSync(file(appIconPath(icon.name)));
    expect(written.equals(renderAppIcon(appTheme.iconSource, icon, appTheme.themeColor))).toBe(true);
  });

  test('keeps the favicon: the SVG the icons are drawn from', () => {
    expect(readFileSync(file(faviconPath), 'utf8')).toBe(appTheme.iconSource);
  });

  test('every page links the manifest, the theme colour and the apple-touch-icon under the base', () => {
    const pages = htmlFiles(requireBuilt(dir));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const head = parse(readFileSync(page, 'utf8')).querySelector('head')!;
      const where = path.relative(dir, page);
      expect(head.querySelector('link[rel="manifest"]')?.getAttribute('href'), where).toBe(
        `${base}${webManifestPath.slice(1)}`,
      );
      expect(head.querySelector('meta[name="theme-color"]')?.getAttribute('content'), where).toBe(appTheme.themeColor);
      expect(head.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href'), where).toBe(
        `${base}icons/apple-touch-icon.png`,
      );
      expect(head.querySelector('link[rel="icon"]')?.getAttribute('href'), where).toBe(`${base}favicon.svg`);
    }
  });
});
