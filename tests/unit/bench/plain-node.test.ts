import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../../helpers/astro-build';

/**
 * `npm run bench` runs its scripts with plain Node (type stripping), not through Vite, so
 * every import they reach, test helpers and src modules included, must name its file with
 * its extension. Vitest resolves extensionless imports and would not notice a broken one.
 */
const modules = readdirSync(path.join(root, 'scripts/bench'))
  .filter((name) => name.endsWith('.ts'))
  // These run a benchmark as soon as they are imported.
  .filter((name) => !['run.ts', 'render.ts', 'search-probe.ts'].includes(name));

describe('benchmark scripts under plain Node', () => {
  test.each(modules)('scripts/bench/%s loads with every import it reaches', (name) => {
    const result = spawnSync(
      path.join(root, 'node_modules/.bin/node'),
      ['--input-type=module', '-e', `await import(${JSON.stringify(path.join(root, 'scripts/bench', name))});`],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find module/u);
    expect(result.status).toBe(0);
  });
});
