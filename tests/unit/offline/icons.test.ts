import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { appTheme } from '../../../src/data/app-theme';
import { APP_ICONS, appIconSvg, renderAppIcon, type AppIcon } from '../../../src/lib/offline/icons';

const BACKGROUND = appTheme.themeColor;
const byKind = (kind: AppIcon['kind']) => APP_ICONS.find((icon) => icon.kind === kind)!;

/** The icon's pixels as RGBA. */
function pixels(icon: AppIcon): { at: (x: number, y: number) => number[] } {
  const data = new Resvg(appIconSvg(appTheme.iconSource, icon, BACKGROUND)).render().pixels;
  return { at: (x, y) => [...data.subarray((y * icon.size + x) * 4, (y * icon.size + x) * 4 + 4)] };
}

const rgb = (hex: string) => [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));

describe('the app icons', () => {
  test('one of each: 192 and 512 px for any purpose, a maskable 512 and the 180 px apple-touch-icon', () => {
    expect(APP_ICONS.map(({ size, kind }) => `${kind} ${size}`)).toEqual([
      'any 192',
      'any 512',
      'maskable 512',
      'apple 180',
    ]);
  });

  test.each(APP_ICONS)('$name is a PNG of $size px, the same bytes when drawn again', (icon) => {
    const png = renderAppIcon(appTheme.iconSource, icon, BACKGROUND);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([icon.size, icon.size]);
    expect(renderAppIcon(appTheme.iconSource, icon, BACKGROUND).equals(png)).toBe(true);
  });

  test('the "any" icons keep the favicon’s rounded corners (transparent)', () => {
    expect(pixels(byKind('any')).at(0, 0)[3]).toBe(0);
  });

  test.each(['maskable', 'apple'] as const)('the %s icon is filled to its corners with the theme colour', (kind) => {
    const icon = byKind(kind);
    const image = pixels(icon);
    for (const [x, y] of [
      [0, 0],
      [icon.size - 1, 0],
      [0, icon.size - 1],
      [icon.size - 1, icon.size - 1],
    ] as const) {
      expect(image.at(x, y)).toEqual([...rgb(BACKGROUND), 255]);
    }
  });

  test('the maskable icon’s star lies inside the safe zone (the centred circle of 80% of the width)', () => {
    const icon = byKind('maskable');
    const image = pixels(icon);
    const background = rgb(BACKGROUND);
    // The star (yellow), not the red of the inner square's anti-aliased rounded corners.
    const isStar = (pixel: number[]) =>
      pixel.slice(0, 3).some((value, channel) => Math.abs(value - background[channel]!) > 32);
    const centre = icon.size / 2;
    let star = 0;
    for (let y = 0; y < icon.size; y += 1) {
      for (let x = 0; x < icon.size; x += 1) {
        if (!isStar(image.at(x, y))) continue;
        star += 1;
        expect(Math.hypot(x + 0.5 - centre, y + 0.5 - centre)).toBeLessThanOrEqual(0.4 * icon.size);
      }
    }
    expect(star).toBeGreaterThan(icon.size * 10);
  });

  test('a source that sets its own size is refused (it could not be placed)', () => {
    expect(() => appIconSvg('<svg width="32" viewBox="0 0 32 32"></svg>', byKind('any'), BACKGROUND)).toThrow(
      /viewBox/u,
    );
  });
});
