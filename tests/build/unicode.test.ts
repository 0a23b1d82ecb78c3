import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildWithContent, root } from '../helpers/astro-build';

/**
 * Content text is read in NFC: the valid fixture with every plan, topic, commemoration and
 * form file decomposed (NFD, as some systems type Vietnamese) builds to the same bytes as the
 * composed one. The sources/ texts are left as they are: they are served unchanged.
 */
const fixture = path.join(root, 'tests/fixtures/content/valid');
const COLLECTIONS = ['plans', 'topics', 'commemorations', 'forms'];

function copyOfFixture(form: 'NFC' | 'NFD'): string {
  const folder = mkdtempSync(path.join(tmpdir(), `so-tay-${form.toLowerCase()}-`));
  cpSync(fixture, folder, { recursive: true });
  for (const collection of COLLECTIONS) {
    for (const name of readdirSync(path.join(folder, collection))) {
      const file = path.join(folder, collection, name);
      writeFileSync(file, readFileSync(file, 'utf8').normalize(form));
    }
  }
  return folder;
}

function files(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name);
    return entry.isDirectory() ? files(dir, relative) : [relative];
  });
}

describe('decomposed (NFD) content builds to the same site as composed (NFC) content', () => {
  const folders: string[] = [];
  const builds: Partial<Record<'NFC' | 'NFD', ReturnType<typeof buildWithContent>>> = {};

  beforeAll(() => {
    for (const form of ['NFC', 'NFD'] as const) {
      const folder = copyOfFixture(form);
      folders.push(folder);
      builds[form] = buildWithContent(folder, {}, { keepOutput: true });
      folders.push(builds[form].outDir);
    }
  });

  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  test('the decomposed fixture really differs from the composed one', () => {
    const plan = (folder: string | undefined) =>
      readFileSync(path.join(folder ?? '', 'plans/thu-nghiem-1-kh-duk.mdx'), 'utf8');
    expect(plan(folders[2])).not.toBe(plan(folders[0]));
    expect(plan(folders[2])).toBe(plan(folders[0]).normalize('NFD'));
  });

  test('both build', () => {
    expect(builds.NFC?.output).not.toMatch(/error/iu);
    expect(builds.NFC?.status).toBe(0);
    expect(builds.NFD?.output).not.toMatch(/error/iu);
    expect(builds.NFD?.status).toBe(0);
  });

  test('every file of the two sites is byte for byte the same', () => {
    const composed = builds.NFC?.outDir ?? '';
    const decomposed = builds.NFD?.outDir ?? '';
    const names = files(composed).sort();
    expect(files(decomposed).sort()).toEqual(names);
    expect(names.length).toBeGreaterThan(20);
    const differing = names.filter(
      (name) => !readFileSync(path.join(composed, name)).equals(readFileSync(path.join(decomposed, name))),
    );
    expect(differing).toEqual([]);
  });
});
