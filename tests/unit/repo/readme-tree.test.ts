import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../../helpers/astro-build';

/**
 * The README's architecture section and the tree say the same thing (issue 24): every path
 * the README names exists, and every folder of src/ and src/lib/ is named in its layout list.
 */
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

const folders = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${dir}/${entry.name}/`);

describe('README and tree', () => {
  test('every src/, tests/ and scripts/ path the README names exists', () => {
    const named = [...readme.matchAll(/\b(?:src|tests|scripts)\/[\w./[\]-]+/gu)].map((match) =>
      match[0].replace(/[.,]+$/u, ''),
    );
    expect(named.length).toBeGreaterThan(20);
    expect([...new Set(named)].filter((name) => !existsSync(path.join(root, name)))).toEqual([]);
  });

  test('every folder of src/ and src/lib/ is in the layout list', () => {
    // A line of the list names a folder ("src/lib/text/") or one file that is all of it ("src/assets/app-icon.svg").
    const listed = [...readme.matchAll(/^(src\/[\w./-]+)\s/gmu)].map((match) => match[1]!);
    const missing = [...folders('src'), ...folders('src/lib')].filter(
      (folder) => folder !== 'src/lib/' && !listed.some((line) => line.startsWith(folder)),
    );
    expect(missing).toEqual([]);
  });
});
