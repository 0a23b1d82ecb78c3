/**
 * What the service worker installs before the reader asks for anything (the shell), as
 * workbox-build globs relative to the build's folder. The set is chosen so that its size
 * stays bounded whatever the number of plans: the site's CSS, fonts and scripts, the first page
 * of each paginated list, the search page with Pagefind's runtime, the offline pages and the
 * app's icons. Plan pages, later list pages, the cited-document list (it grows with every
 * plan) and the search index chunks are cached when read or saved instead.
 */
export const PRECACHE_GLOBS: readonly string[] = [
  '_astro/*.{css,js,woff2}',
  'index.html',
  'ke-hoach/index.html',
  'moc-thoi-gian/index.html',
  'bieu-mau/index.html',
  'chuyen-de/index.html',
  'ngay-ky-niem/index.html',
  'tim-kiem/index.html',
  'ngoai-tuyen/index.html',
  'da-luu/index.html',
  // Pagefind's runtime: its script, worker, WebAssembly, entry and metadata. The index
  // and fragment chunks (pagefind/index, pagefind/fragment, pagefind/filter) are not.
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/wasm.*.pagefind',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'favicon.svg',
  // The installed app's manifest and icons (src/pages/manifest.webmanifest.ts, icons/).
  'manifest.webmanifest',
  'icons/*.png',
];

/**
 * Query parameters that do not change what a precached file is: Pagefind asks for its entry
 * and metadata with "?ts=<time>" to get past the HTTP cache, which the precache must ignore.
 */
export const IGNORED_PARAMETERS: readonly RegExp[] = [/^ts$/u];
