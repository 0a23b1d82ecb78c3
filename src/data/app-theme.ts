import tokens from '../styles/tokens.css?raw';
import iconSource from '../assets/app-icon.svg?raw';
import { cssCustomProperty } from '../lib/offline/manifest';

/**
 * What the installed app looks like, read from the files that already say it: the colours
 * from the stylesheet's tokens (the header is painted with --color-accent), the icon from the
 * one SVG every icon and the favicon are drawn from. Nothing here can drift from the page.
 */
export const appTheme = {
  themeColor: cssCustomProperty(tokens, '--color-accent'),
  backgroundColor: cssCustomProperty(tokens, '--color-bg'),
  iconSource,
};
