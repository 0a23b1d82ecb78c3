import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../../helpers/astro-build';

/**
 * One Node version, stated once: .nvmrc (read by nvm, fnm and most hosts). What cannot read
 * it must agree with it: the `node` devDependency that `npm ci` installs into
 * node_modules/.bin (every npm script, these tests included, runs on it), the lockfile's copy
 * of it, the types of Node's API, and the README. package.json states no `engines`: npm would
 * only warn with it on the older Node that CI installs with, which is no fault.
 */
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const major = (version: string) => /^\D*(\d+)/u.exec(version)?.[1];

const nvmrc = read('.nvmrc').trim();
const pkg = JSON.parse(read('package.json')) as {
  engines?: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<string, { version?: string; engines?: unknown }>;
};

describe('the Node version', () => {
  test('.nvmrc names one major version', () => {
    expect(nvmrc).toMatch(/^\d+$/u);
  });

  test('the node devDependency, its locked copy and @types/node are that version', () => {
    expect(major(pkg.devDependencies.node!)).toBe(nvmrc);
    expect(major(lock.packages['node_modules/node']!.version!)).toBe(nvmrc);
    expect(major(pkg.devDependencies['@types/node']!)).toBe(nvmrc);
  });

  test('no engines field states another', () => {
    expect(pkg.engines?.node).toBeUndefined();
    expect(lock.packages['']!.engines).toBeUndefined();
  });

  test('the tests run on it', () => {
    expect(major(process.versions.node)).toBe(nvmrc);
  });

  test('the README says it, and why an older Node warns', () => {
    const install = read('README.md').split('\n## ')[1]!;
    expect(install).toMatch(/^Two commands/u);
    expect(install).toContain(`Node.js ${nvmrc}`);
    expect(install).toContain('`.nvmrc`');
    expect(install).toContain('EBADENGINE');
  });
});
