import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const machine = mkdtempSync(path.join(tmpdir(), 'so-tay-bodies-'));
/** A file content must not write. */
const marker = path.join(machine, 'written-by-content');
/**
 * A file of the machine content must not read into a page: like /etc/hostname (the attack
 * that once published the build machine's name), but holding a word found nowhere else.
 */
const secretFile = path.join(machine, 'hostname');
const SECRET = `may-chu-${path.basename(machine)}`;
writeFileSync(secretFile, SECRET);
afterAll(() => rmSync(machine, { recursive: true, force: true }));

/** Each attack's lines; in a form guide every non-blank line is refused, in the others the first. */
const ATTACKS: Record<string, string[]> = {
  script: ['<script>alert(1)</script>'],
  'img-onerror': ['<img src="x" onerror="alert(1)" />'],
  'img-onerror-unclosed': ['Ảnh <img src="x" onerror="alert(1)">'],
  'div-onclick': ['<div onclick="alert(1)">Bấm vào đây</div>'],
  'meta-refresh': ['<meta http-equiv="refresh" content="1;url=https://example.org/" />'],
  'meta-refresh-unclosed': ['<meta http-equiv="refresh" content="1;url=https://example.org/">'],
  'import-fs': ['import { readFileSync } from "node:fs"'],
  'read-hostname': [
    'import { readFileSync } from "node:fs"',
    '',
    `Máy: {readFileSync(${JSON.stringify(secretFile)}, "utf8")}`,
  ],
  'write-file': ['import { writeFileSync } from "node:fs"', '', `{writeFileSync(${JSON.stringify(marker)}, "x")}`],
};
/**
 * The attacks MDX cannot even parse (an unclosed tag): the parse error names the first
 * place. They are built apart, since such a file stopped the old MDX compile too and would
 * hide whether the others are refused.
 */
const UNPARSABLE = ['img-onerror-unclosed', 'meta-refresh-unclosed'];
const GROUPS = {
  parsable: Object.keys(ATTACKS).filter((name) => !UNPARSABLE.includes(name)),
  unparsable: UNPARSABLE,
};

const FILES = {
  forms: 'mau-thu.mdx',
  topics: 'chu-de-thu.mdx',
  commemorations: 'ngay-thu.mdx',
} as const;
type Collection = keyof typeof FILES;

/** The valid fixture with one more file per attack in `collection`: the valid file plus the attack's lines. */
function fixtureWithAttacks(
  collection: Collection,
  names: readonly string[],
): { folder: string; lines: Record<string, number> } {
  const folder = mkdtempSync(path.join(tmpdir(), `so-tay-bodies-${collection}-`));
  cpSync(path.join(root, 'tests/fixtures/content/valid'), folder, { recursive: true });
  const valid = readFileSync(path.join(folder, collection, FILES[collection]), 'utf8').replace(/\n*$/u, '\n\n');
  const lines: Record<string, number> = {};
  for (const [index, name] of names.entries()) {
    // A plan's attachment is one form: each attack form gets one of its own, so the fixture is valid but for the bodies.
    const file = collection === 'forms' ? valid.replace('attachment: 0', `attachment: ${index + 1}`) : valid;
    writeFileSync(path.join(folder, collection, `${name}.mdx`), `${file}${ATTACKS[name]!.join('\n')}\n`);
    lines[name] = valid.split('\n').length;
  }
  if (collection === 'forms') {
    const plan = path.join(folder, 'plans/thu-nghiem-1-kh-duk.mdx');
    const attachment = '  - title: "BÁO CÁO thử nghiệm"\n';
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(attachment, attachment.repeat(names.length + 1)));
  }
  return { folder, lines };
}

const cases = (Object.keys(FILES) as Collection[]).flatMap((collection) =>
  (Object.keys(GROUPS) as (keyof typeof GROUPS)[]).map((group) => [collection, group] as const),
);

describe.each(cases)('a body with code or HTML in %s (%s)', (collection, group) => {
  let build: ReturnType<typeof buildWithContent>;
  let fixture: ReturnType<typeof fixtureWithAttacks>;

  beforeAll(() => {
    rmSync(marker, { force: true });
    fixture = fixtureWithAttacks(collection, GROUPS[group]);
    build = buildWithContent(fixture.folder, {}, { keepOutput: true });
  });

  afterAll(() => {
    rmSync(fixture.folder, { recursive: true, force: true });
    rmSync(build.outDir, { recursive: true, force: true });
  });

  test('stops the build', () => {
    expect(build.status).not.toBe(0);
  });

  test("runs none of it: no file written, the machine's file on no page", () => {
    expect(existsSync(marker)).toBe(false);
    expect(build.output).not.toContain(SECRET);
    expect(filesHolding(build.outDir, SECRET)).toEqual([]);
  });

  test.each(GROUPS[group])('%s: named with its file, line and what is there', (name) => {
    const file = `${collection}/${name}.mdx`;
    const first = fixture.lines[name]!;
    // A form guide's body is checked line by line; a topic's or commemoration's is refused at its first line.
    const refused =
      collection === 'forms' && group === 'parsable'
        ? ATTACKS[name]!.flatMap((line, index) => (line === '' ? [] : [[first + index, line] as const]))
        : [[first, ATTACKS[name]![0]!] as const];
    for (const [line, text] of refused) {
      expect(build.output).toMatch(
        new RegExp(`${file}:${line}:(\\d+:)?[^\\n]*found[^\\n]*${escape(JSON.stringify(text))}`, 'u'),
      );
    }
  });
});

/** The files under `dir` whose text holds `text`. */
function filesHolding(dir: string, text: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file, 'utf8').includes(text));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
