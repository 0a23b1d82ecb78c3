import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildWithContent, root } from '../helpers/astro-build';

/**
 * One body rule for every collection: a form guide's body is Markdown text with safe links,
 * and topics and commemorations, whose pages do not show a body, refuse one. Each attack
 * below was once published (or ran) from a form guide's body, which was compiled as MDX; here
 * each is put in a file of its own in each collection of the valid fixture, and the build
 * must stop naming every file, the line and what is there, and run none of it.
 */
const markerDir = mkdtempSync(path.join(tmpdir(), 'so-tay-bodies-'));
const marker = path.join(markerDir, 'written-by-content');
afterAll(() => rmSync(markerDir, { recursive: true, force: true }));

/** Each attack's lines; in a form guide every non-blank line is refused, in the others the first. */
const ATTACKS: Record<string, string[]> = {
  script: ['<script>alert(1)</script>'],
  'img-onerror': ['<img src="x" onerror="alert(1)" />'],
  'img-onerror-unclosed': ['Ảnh <img src="x" onerror="alert(1)">'],
  'div-onclick': ['<div onclick="alert(1)">Bấm vào đây</div>'],
  'meta-refresh': ['<meta http-equiv="refresh" content="1;url=https://example.org/" />'],
  'meta-refresh-unclosed': ['<meta http-equiv="refresh" content="1;url=https://example.org/">'],
  'import-fs': ['import { readFileSync } from "node:fs"'],
  'read-hostname': ['import { readFileSync } from "node:fs"', '', 'Máy: {readFileSync("/etc/hostname", "utf8")}'],
  'write-file': ['import { writeFileSync } from "node:fs"', '', `{writeFileSync(${JSON.stringify(marker)}, "x")}`],
};
/** The attacks MDX cannot even parse (an unclosed tag): the parse error names the first place. */
const UNPARSABLE = new Set(['img-onerror-unclosed', 'meta-refresh-unclosed']);

const FILES = {
  forms: 'mau-thu.mdx',
  topics: 'chu-de-thu.mdx',
  commemorations: 'ngay-thu.mdx',
} as const;
type Collection = keyof typeof FILES;

/** The valid fixture with one more file per attack in `collection`: the valid file plus the attack's lines. */
function fixtureWithAttacks(collection: Collection): { folder: string; lines: Record<string, number> } {
  const folder = mkdtempSync(path.join(tmpdir(), `so-tay-bodies-${collection}-`));
  cpSync(path.join(root, 'tests/fixtures/content/valid'), folder, { recursive: true });
  const valid = readFileSync(path.join(folder, collection, FILES[collection]), 'utf8').replace(/\n*$/u, '\n\n');
  const lines: Record<string, number> = {};
  for (const [name, attack] of Object.entries(ATTACKS)) {
    writeFileSync(path.join(folder, collection, `${name}.mdx`), `${valid}${attack.join('\n')}\n`);
    lines[name] = valid.split('\n').length;
  }
  return { folder, lines };
}

describe.each(Object.keys(FILES) as Collection[])('a body with code or HTML in %s', (collection) => {
  let build: ReturnType<typeof buildWithContent>;
  let fixture: ReturnType<typeof fixtureWithAttacks>;

  beforeAll(() => {
    rmSync(marker, { force: true });
    fixture = fixtureWithAttacks(collection);
    build = buildWithContent(fixture.folder);
  });

  afterAll(() => rmSync(fixture.folder, { recursive: true, force: true }));

  test('stops the build, and nothing of it ran', () => {
    expect(build.status).not.toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(build.output).not.toContain(readFileSync('/etc/hostname', 'utf8').trim() || 'no host name');
  });

  test.each(Object.keys(ATTACKS))('%s: named with its file, line and what is there', (name) => {
    const file = `${collection}/${name}.mdx`;
    const first = fixture.lines[name]!;
    const refused =
      collection === 'forms' && !UNPARSABLE.has(name)
        ? ATTACKS[name]!.flatMap((line, index) => (line === '' ? [] : [[first + index, line] as const]))
        : [[first, ATTACKS[name]![0]!] as const];
    for (const [line, text] of refused) {
      expect(build.output).toMatch(
        new RegExp(`${file}:${line}:(\\d+:)?[^\\n]*found[^\\n]*${escape(JSON.stringify(text))}`, 'u'),
      );
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
