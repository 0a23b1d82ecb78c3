/**
 * The search index as a list to download for offline search (routes.ts: searchFilesPath).
 * Pagefind's runtime loads these files and no others: its script, worker, WebAssembly, entry
 * and metadata, and the index, fragment and filter chunks. Its ready-made UI files are not
 * used by the site and are left out.
 */

export interface SearchFiles {
  /** Their total size in bytes, as stored (Pagefind's chunks are compressed already). */
  bytes: number;
  /** Site paths without the base ("/pagefind/…"), sorted, so two builds write the same file. */
  files: string[];
}

const RUNTIME_FILE =
  /^pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.[^/]+\.pagefind|pagefind-entry\.json|[^/]+\.pf_meta|(index|fragment|filter)\/[^/]+\.pf_(index|fragment|filter))$/u;

/** Whether a file of the build (path relative to the build's folder, "/" separated) is one. */
export function isSearchRuntimeFile(relative: string): boolean {
  return RUNTIME_FILE.test(relative);
}

/** The list from the build's files (relative paths and sizes). */
export function searchFiles(files: readonly { path: string; bytes: number }[]): SearchFiles {
  const chosen = files.filter((file) => isSearchRuntimeFile(file.path));
  return {
    bytes: chosen.reduce((sum, file) => sum + file.bytes, 0),
    files: chosen.map((file) => `/${file.path}`).sort(),
  };
}
