import type { APIRoute } from 'astro';
import { appTheme } from '../data/app-theme';
import { t } from '../i18n/t';
import { buildWebManifest } from '../lib/offline/manifest';
import { config } from '../config';

/** The web app manifest, so the site installs to a phone's home screen (Base.astro links it). */
export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      buildWebManifest({
        base: config.base,
        name: t('site.name'),
        shortName: t('site.shortName'),
        description: t('site.description'),
        themeColor: appTheme.themeColor,
        backgroundColor: appTheme.backgroundColor,
      }),
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
