// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypePlanAnchors from './src/markdown/rehype-plan-anchors.ts';
import rehypeSafeLinks from './src/markdown/safe-links.ts';
import rehypeNfc from './src/markdown/rehype-nfc.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import offline from './src/integrations/offline.ts';
import { t } from './src/i18n/t.ts';
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
  // Offline reading comes after Pagefind: its service worker lists the index's files.
  integrations: [mdx(), pagefind(), securityHeaders(), offline()],
  markdown: {
    // Astro 7's default processor runs no remark/rehype plugins; the anchors plugin needs them.
    processor: unified({
      gfm: false,
      // Smartypants would turn the source's "..." and straight quotes into other characters.
      smartypants: false,
      remarkPlugins: [remarkGfm],
      // Topics, commemorations and form guides. Plans are rendered by src/markdown/plan-body.ts.
      // rehypeSafeLinks stops the build on a javascript:, data:… link or image; rehypeNfc
      // composes decomposed (NFD) text, as the frontmatter is (src/loaders/nfc.ts).
      rehypePlugins: [rehypeSafeLinks, rehypeNfc, rehypePlanAnchors],
      remarkRehype: {
        footnoteLabel: t('plan.footnotes'),
        footnoteBackLabel: (/** @type {number} */ index) => t('plan.footnoteBack', { n: index + 1 }),
      },
    }),
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
        // Astro marks each rendered MDX entry (topics, commemorations, forms) with a
        // "use astro:head-inject" directive, which it reads itself before bundling; the bundler
        // then warns, once per entry with a code frame, that it may not keep the directive.
        // Nothing is lost and nothing can be done here, so exactly that warning is dropped:
        // https://github.com/withastro/astro/issues/18087. Every other log is left to Vite.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
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
