import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../../helpers/astro-build';
import { findOutsideReferences, outsideReferences, repoFiles } from '../../helpers/outside-references';

/** What builds, tests, benchmarks and CI run: none of it may read outside the repo. */
const CODE = [
  'src',
  'tests',
  'scripts',
  '.ci',
  'astro.config.mjs',
  'vitest.config.ts',
  'package.json',
  'tsconfig.json',
];

describe('the repo stands alone', () => {
  test('nothing that builds, tests or benchmarks the site refers to a file outside the repo', () => {
    expect(repoFiles(root, CODE).length).toBeGreaterThan(100);
    expect(findOutsideReferences(root, CODE)).toEqual([]);
  });

  // The examples are put together at run time, so this file does not hold what it looks for.
  describe('the check finds', () => {
    const helper = path.join(root, 'tests/helpers/plans.ts');
    const up = '..';
    test('the seeds folder beside the repo (as tests/helpers/plans.ts read it before)', () => {
      const line = `export const seedsDir = path.resolve(root, '${[up, 'shared', 'seeds'].join('/')}');`;
      expect(outsideReferences(root, helper, line)).toHaveLength(1);
    });

    test('a relative path that climbs out of the repo, but not one that stays in it', () => {
      expect(outsideReferences(root, helper, `readFileSync('${[up, up, up, 'notes.txt'].join('/')}')`)).toHaveLength(1);
      expect(outsideReferences(root, helper, `import { root } from './astro-build';`)).toEqual([]);
      expect(outsideReferences(root, helper, `path.resolve(import.meta.dirname, '../..')`)).toEqual([]);
    });

    test('an absolute path into the machine', () => {
      const line = `const seeds = '${['', 'work', 'seeds'].join('/')}';`;
      expect(outsideReferences(root, helper, line)).toHaveLength(1);
    });
  });
});
