// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import offline from './src/integrations/offline.ts';
// Every environment variable (BASE, SITE, OUT_DIR, CACHE_DIR…) is read and checked there.
import { config } from './src/config.ts';

export default defineConfig({
  // BASE lets the same build be served under a sub-path (e.g. /so-tay/) on any static host.
  base: config.base,
  site: config.site,
  outDir: config.outDir,
  cacheDir: config.cacheDir,
  trailingSlash: 'always',
  // 'jsx' compression glues adjacent inline elements ("34-KH/ĐUK" + date) into one
  // Pagefind word; full compression keeps the whitespace between them.
  compressHTML: true,
  // Content is never compiled as MDX modules: the collections' loaders read every body by one
  // rule (src/loaders/content-loader.ts), so nothing in content runs code at build time. The
  // MDX integration and GFM stay the stack's for pages written under src/pages (there are none
  // today). Offline reading comes after Pagefind: its service worker lists the index's files.
  integrations: [mdx(), pagefind(), securityHeaders(), offline()],
  markdown: {
    // Smartypants would turn straight quotes and "..." into other characters.
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }),
  },
  // The Content-Security-Policy (src/lib/site/csp.ts) allows no inline <style> or <script>:
  // every stylesheet and script is a file, the CSS one file for the whole site.
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      cssCodeSplit: false,
      // Small scripts would be inlined too; other assets keep Vite's default limit.
      assetsInlineLimit: (/** @type {string} */ file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        output: {
          // The site script (src/client/site.ts) runs on every page and is the one extra
          // request a reading page may make. Modules it shares with a page's own script
          // (today's date, plan periods, the site's paths, which the offline registration
          // also needs) would otherwise become chunks of their own, each another request;
          // grouped with it, a page script imports the file already loaded.
          codeSplitting: {
            groups: [
              {
                name: 'site',
                test: /src\/client\/(site|plan-status|today)\.ts$|src\/lib\/(deadlines\/plan-period|site\/page-script|site\/routes)\.ts$|Base\.astro\?astro&type=script/u,
              },
            ],
          },
        },
      },
    },
  },
});
