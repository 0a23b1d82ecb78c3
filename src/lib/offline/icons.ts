import { Resvg } from '@resvg/resvg-js';

/**
 * The app's icons, every one drawn at build from one SVG (src/assets/app-icon.svg, which is
 * also the favicon). Pure apart from resvg, whose PNGs are the same bytes for the same SVG,
 * so two builds stay byte-identical.
 */

/**
 * How an icon is drawn:
 * - "any": the SVG as it is, transparent around its rounded corners (what the launcher shows
 *   when it does not mask icons);
 * - "maskable": filled to the edges with the background, the SVG shrunk to MASKABLE_SCALE so
 *   that the star stays inside the safe zone (the centred circle of 80% of the width) whatever
 *   shape Android cuts out;
 * - "apple": filled to the edges (iOS rounds the corners itself and paints transparency black).
 */
export type AppIconKind = 'any' | 'maskable' | 'apple';

export interface AppIcon {
  /** The file's name under /icons/ (routes.ts, appIconPath), without ".png". */
  name: string;
  /** Width and height in pixels. */
  size: number;
  kind: AppIconKind;
}

/** The icons the manifest lists (any, maskable) and the apple-touch-icon, 180 px as iOS asks. */
export const APP_ICONS: readonly AppIcon[] = [
  { name: 'icon-192', size: 192, kind: 'any' },
  { name: 'icon-512', size: 512, kind: 'any' },
  { name: 'icon-maskable-512', size: 512, kind: 'maskable' },
  { name: 'apple-touch-icon', size: 180, kind: 'apple' },
];

/**
 * The SVG's share of a maskable icon's width. The star's points reach 0.39 of the SVG's width
 * from its centre, just inside the safe zone's 0.4 at full size; at 0.8 they reach 0.32, with
 * room to spare for launchers that cut a little more.
 */
export const MASKABLE_SCALE = 0.8;

/** The one apple-touch-icon (Base.astro links it). */
export const APPLE_TOUCH_ICON: AppIcon = APP_ICONS.find((icon) => icon.kind === 'apple')!;

/**
 * The SVG of one icon: `source` (an <svg> with a viewBox and no width or height) placed, at
 * its size, on a square of `background` for the kinds drawn to the edges.
 */
export function appIconSvg(source: string, icon: AppIcon, background: string): string {
  const root = /<svg\b[^>]*>/u.exec(source)?.[0];
  if (root === undefined || !/\bviewBox=/u.test(root) || /\s(?:width|height|x|y)=/u.test(root)) {
    throw new Error('The icon source must be an <svg> with a viewBox and no width, height, x or y.');
  }
  const { size, kind } = icon;
  const inner = kind === 'maskable' ? size * MASKABLE_SCALE : size;
  const offset = (size - inner) / 2;
  const placed = source.replace(
    root,
    root.replace(/^<svg\b/u, `<svg x="${offset}" y="${offset}" width="${inner}" height="${inner}"`),
  );
  const fill = kind === 'any' ? '' : `<rect width="${size}" height="${size}" fill="${background}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${fill}${placed}</svg>`;
}

/** The PNG of one icon. */
export function renderAppIcon(source: string, icon: AppIcon, background: string): Buffer {
  const png = new Resvg(appIconSvg(source, icon, background), {
    fitTo: { mode: 'width', value: icon.size },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  return Buffer.from(png);
}
