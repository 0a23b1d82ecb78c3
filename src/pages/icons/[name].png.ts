import type { APIRoute, GetStaticPaths } from 'astro';
import { appTheme } from '../../data/app-theme';
import { APP_ICONS, renderAppIcon, type AppIcon } from '../../lib/offline/icons';

/** The app's icons (src/lib/offline/icons.ts), drawn from the favicon's SVG at build. */
export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({ params: { name: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = ({ props }) =>
  new Response(new Uint8Array(renderAppIcon(appTheme.iconSource, props.icon, appTheme.themeColor)), {
    headers: { 'Content-Type': 'image/png' },
  });
