import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildWithContent, root } from '../helpers/astro-build';

/**
 * Content text is read in NFC: the valid fixture with every plan, topic, commemoration and
 * form file and every YAML data file decomposed (NFD, as some systems type Vietnamese) builds
 * to the same bytes as the composed one. The sources/ texts are left as they are: they are
 * served unchanged.
 */
const fixture = path.join(root, 'tests/fixtures/content/valid');
const COLLECTIONS = ['plans', 'topics', 'commemorations', 'forms'];
const DATA_FILES = ['actors.yaml', 'provinces.yaml'];

function copyOfFixture(form: 'NFC' | 'NFD'): string {
  const folder = mkdtempSync(path.join(tmpdir(), `so-tay-${form.toLowerCase()}-`));
  cpSync(fixture, folder, { recursive: true });
  const files = [
    ...COLLECTIONS.flatMap((collection) =>
      readdirSync(path.join(folder, collection)).map((name) => path.join(folder, collection, name)),
    ),
    ...DATA_FILES.map((name) => path.join(folder, name)),
  ];
  for (const file of files) writeFileSync(file, readFileSync(file, 'utf8').normalize(form));
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
    for (const file of ['plans/thu-nghiem-1-kh-duk.mdx', 'provinces.yaml', 'actors.yaml']) {
      const text = (folder: string | undefined) => readFileSync(path.join(folder ?? '', file), 'utf8');
      expect(text(folders[2]), file).not.toBe(text(folders[0]));
      expect(text(folders[2]), file).toBe(text(folders[0]).normalize('NFD'));
    }
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

test('a value that only looks like an allowed one stops the build with file, line, field and both code points', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'so-tay-look-alike-'));
  try {
    cpSync(fixture, folder, { recursive: true });
    const provinces = path.join(folder, 'provinces.yaml');
    // A Cyrillic і under the hook: NFC has no letter to compose it into, so it stays wrong.
    writeFileSync(provinces, readFileSync(provinces, 'utf8').replace('unit: "tỉnh"', 'unit: "t\u0456\u0309nh"'));
    const { status, output } = buildWithContent(folder);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'provinces.yaml:4: provinces.0.now.unit: "t\u0456\u0309nh" (U+0074 U+0456 U+0309 U+006E U+0068) is not one of ' +
        '"tỉnh" (U+0074 U+1EC9 U+006E U+0068)',
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
