import type { APIRoute } from 'astro';
import { appTheme } from '../data/app-theme';

/** The favicon: the one SVG the app's icons are drawn from (src/assets/app-icon.svg), unchanged. */
export const GET: APIRoute = () => new Response(appTheme.iconSource, { headers: { 'Content-Type': 'image/svg+xml' } });
