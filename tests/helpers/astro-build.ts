import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Runs a real `astro build` of the site with another content folder (a fixture). Its cache
 * folder is removed afterwards, and so is its output unless `keepOutput` is set (the caller
 * then removes it), so repeated test runs do not fill the temporary folder.
 */
export function buildWithContent(
  contentDir: string,
  env: Record<string, string> = {},
  { keepOutput = false } = {},
): BuildResult {
  const outDir = mkdtempSync(path.join(tmpdir(), 'so-tay-build-'));
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'so-tay-cache-'));
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      CACHE_DIR: cacheDir,
      ...env,
    },
  });
  rmSync(cacheDir, { recursive: true, force: true });
  if (!keepOutput) rmSync(outDir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
