import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readYamlFile } from '../../../src/data/yaml-file';
import { ContentIntegrityError } from '../../../src/data/integrity';
import { provincesFileSchema } from '../../../src/schemas/province';

const folder = mkdtempSync(path.join(tmpdir(), 'so-tay-yaml-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const provinces = (unit: string, name = 'Trà Vinh') =>
  [
    'provinces:',
    `  - name: "${name}"`,
    `    now: { unit: "${unit}", name: "${name}" }`,
    '    sources:',
    '      - { url: "https://example.org/a", publisher: "Báo", says: "Lời", verified: "Cách" }',
    '',
  ].join('\n');

function write(name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

const empty = { resolutions: {}, provinces: [] };

describe('YAML data files (actors, provinces, documents)', () => {
  test('a file saved decomposed (NFD) is read composed: keys, values and escapes alike', () => {
    const file = write('nfd.yaml', provinces('tỉnh').normalize('NFD'));
    const [province] = readYamlFile(file, provincesFileSchema, empty).provinces;
    expect(province?.name).toBe('Trà Vinh');
    expect(province?.now.unit).toBe('tỉnh');
    const escaped = write('escaped.yaml', provinces('t\\u0069\\u0309nh'));
    expect(readYamlFile(escaped, provincesFileSchema, empty).provinces[0]?.now.unit).toBe('tỉnh');
  });

  test('a value that is really wrong is named with file, line, field and the code points of both', () => {
    // A Cyrillic і under the hook: NFC has no letter to compose it into.
    const file = write('look-alike.yaml', provinces('t\u0456\u0309nh'));
    expect(() => readYamlFile(file, provincesFileSchema, empty)).toThrow(ContentIntegrityError);
    expect(() => readYamlFile(file, provincesFileSchema, empty)).toThrow(
      `${path.relative(process.cwd(), file)}:3: provinces.0.now.unit: "t\u0456\u0309nh" (U+0074 U+0456 U+0309 U+006E U+0068) ` +
        'is not one of "tỉnh" (U+0074 U+1EC9 U+006E U+0068)',
    );
  });

  test('a missing field is named at the line of its parent; a YAML error where the parser finds it', () => {
    const file = write('no-sources.yaml', provinces('tỉnh').replace(/ {4}sources:\n.*\n/u, ''));
    expect(() => readYamlFile(file, provincesFileSchema, empty)).toThrow(
      `${path.relative(process.cwd(), file)}:2: provinces.0.sources:`,
    );
    const broken = write('broken.yaml', 'provinces:\n  - name: "Trà Vinh\n');
    expect(() => readYamlFile(broken, provincesFileSchema, empty)).toThrow(
      new RegExp(`${path.basename(broken)}:\\d+: not valid YAML: Missing closing "quote`, 'u'),
    );
  });

  test('an absent file gives the value the caller says', () => {
    expect(readYamlFile(path.join(folder, 'khong-co.yaml'), provincesFileSchema, empty)).toBe(empty);
  });
});
