import { appIconPath, homePath, withBase } from '../site/routes';
import { APP_ICONS } from './icons';

/**
 * The web app manifest (/manifest.webmanifest): what a phone needs to install the site to its
 * home screen and open it like an app. Pure: the page text and colours come in, JSON goes out.
 */

export interface WebManifestInput {
  /** The site's base ("/" or "/so-tay/"): the app opens at it and owns every page under it. */
  base: string;
  name: string;
  /** What fits under an icon on a phone's home screen (about 12 characters). */
  shortName: string;
  description: string;
  /** The header's colour: the phone's status bar and task switcher take it. */
  themeColor: string;
  /** The page's background: the splash screen while the app opens. */
  backgroundColor: string;
}

export interface WebManifestIcon {
  src: string;
  sizes: string;
  type: 'image/png';
  purpose: 'any' | 'maskable';
}

export interface WebManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: 'vi';
  dir: 'ltr';
  start_url: string;
  scope: string;
  display: 'standalone';
  theme_color: string;
  background_color: string;
  icons: WebManifestIcon[];
}

export function buildWebManifest(input: WebManifestInput): WebManifest {
  const start = withBase(input.base, homePath);
  return {
    id: start,
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    lang: 'vi',
    dir: 'ltr',
    start_url: start,
    scope: start,
    display: 'standalone',
    theme_color: input.themeColor,
    background_color: input.backgroundColor,
    // The apple-touch-icon is linked from the page instead: the manifest has no place for it.
    icons: APP_ICONS.flatMap((icon) =>
      icon.kind === 'apple'
        ? []
        : [
            {
              src: withBase(input.base, appIconPath(icon.name)),
              sizes: `${icon.size}x${icon.size}`,
              type: 'image/png' as const,
              purpose: icon.kind,
            },
          ],
    ),
  };
}

/**
 * The value of a custom property declared in a stylesheet ("--color-accent: #a0100f;" →
 * "#a0100f"), so the manifest and the page's theme-color take the header's colour from
 * src/styles/tokens.css itself. Throws when it is not declared exactly once.
 */
export function cssCustomProperty(css: string, name: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const values = [...css.matchAll(new RegExp(`(?:^|[\\s;{])${escaped}\\s*:\\s*([^;}]+)`, 'gu'))].map((match) =>
    match[1]!.trim(),
  );
  if (values.length !== 1) throw new Error(`${name} is declared ${values.length} times, not once.`);
  return values[0]!;
}
