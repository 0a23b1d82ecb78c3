import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import vi from '../../../src/i18n/vi.json';
import { topicSchema } from '../../../src/schemas/topic';
import { SEARCH_FILTERS } from '../../../src/lib/search/page';
import type { AnniversaryKind } from '../../../src/lib/commemorations/anniversary';
import type { CitationLevel } from '../../../src/lib/plans/citations';
import { root } from '../../helpers/astro-build';
import { repoFiles } from '../../helpers/outside-references';
import {
  argumentKeys,
  declaredMapNames,
  indexedKeys,
  keyLiterals,
  messageMapKeys,
  pickedMapNames,
  tArguments,
} from '../../helpers/ui-keys';

/**
 * The keys the code builds from a value, `t(`prefix${value}`)`, each prefix with every value
 * it takes, read from where the values are defined (a type's members are listed in a record
 * of that type, so `npm run check` fails when a member is added and not listed). A prefix the
 * code builds that is not here fails the test: add it, with its values, on purpose.
 */
const ANNIVERSARY_KINDS: Record<NonNullable<AnniversaryKind>, true> = { 'nam-tron': true, 'nam-le-5': true };
const CITATION_LEVELS: Record<CitationLevel, true> = { 'trung-uong': true, tinh: true, 'dang-uy-khoi': true };
const DYNAMIC: Record<string, readonly string[]> = {
  'topics.kind.': topicSchema.shape.kind.options,
  'comm.kind.': Object.keys(ANNIVERSARY_KINDS),
  'search.filter.': SEARCH_FILTERS,
  'documents.level.': Object.keys(CITATION_LEVELS),
};

/**
 * The code that runs in the site: every source file under src/ but src/i18n/ (where t() is
 * defined, not called), and the Astro configuration.
 */
const code = [...repoFiles(root, ['src']), path.join(root, 'astro.config.mjs')]
  .filter((file) => /\.(?:ts|astro|mjs)$/u.test(file) && !file.includes(`${path.sep}src${path.sep}i18n${path.sep}`))
  .map((file) => ({ file: path.relative(root, file), text: readFileSync(file, 'utf8') }));

const keys = new Set(Object.keys(vi));

describe('vi.json and the code that reads it', () => {
  // "t()" with nothing inside is prose in a comment, not a call.
  const calls = code.flatMap(({ file, text }) =>
    tArguments(text)
      .filter(Boolean)
      .map((argument) => ({ file, argument })),
  );
  const built = calls.flatMap(({ file, argument }) =>
    argumentKeys(argument).prefixes.map((prefix) => ({ file, prefix })),
  );

  test('every t() names its key, or builds it from a prefix listed in DYNAMIC', () => {
    expect(calls.length).toBeGreaterThan(300);
    const unreadable = calls.filter(({ argument }) => {
      const { keys: named, prefixes } = argumentKeys(argument);
      return named.length === 0 && prefixes.length === 0;
    });
    expect(unreadable).toEqual([]);
    expect(built.filter(({ prefix }) => !(prefix in DYNAMIC))).toEqual([]);
    // A prefix nothing builds any more leaves its keys unread: remove it here and in vi.json.
    expect(Object.keys(DYNAMIC).filter((prefix) => !built.some((use) => use.prefix === prefix))).toEqual([]);
  });

  test('every key the code reads is in vi.json', () => {
    const read = [
      ...calls.flatMap(({ file, argument }) => argumentKeys(argument).keys.map((key) => `${file}: ${key}`)),
      ...code.flatMap(({ file, text }) =>
        [...messageMapKeys(text), ...indexedKeys(text)].map((key) => `${file}: ${key}`),
      ),
      ...Object.entries(DYNAMIC).flatMap(([prefix, values]) => values.map((value) => `DYNAMIC: ${prefix}${value}`)),
    ];
    expect(read.filter((use) => !keys.has(use.slice(use.indexOf(': ') + 2)))).toEqual([]);
    // Maps handed to pickMessages by name are maps this test reads.
    const declared = new Set(code.flatMap(({ text }) => declaredMapNames(text)));
    const picked = code.flatMap(({ file, text }) => pickedMapNames(text).map((name) => ({ file, name })));
    expect(picked.length).toBeGreaterThan(3);
    expect(picked.filter(({ name }) => !declared.has(name))).toEqual([]);
  });

  test('every key in vi.json is read by the code', () => {
    // A key is read where it stands whole as a string literal (t(), a map of keys, a
    // ternary's branch), or where a DYNAMIC prefix builds it.
    const literal = new Set(code.flatMap(({ text }) => keyLiterals(text)));
    const dynamic = new Set(Object.entries(DYNAMIC).flatMap(([prefix, values]) => values.map((v) => prefix + v)));
    expect([...keys].filter((key) => !literal.has(key) && !dynamic.has(key))).toEqual([]);
  });
});

describe('the scan finds', () => {
  test("t()'s first argument, whole, and not other functions' arguments", () => {
    const text = "t('a.b', { n: f(1, 2) }) + t(x ? 'c.d' : 'e.f') + format('g.h') + it.t('i.j') + t(`k.${v}`)";
    expect(tArguments(text)).toEqual(["'a.b'", "x ? 'c.d' : 'e.f'", '`k.${v}`']);
    expect(argumentKeys("x ? 'c.d' : 'e.f'")).toEqual({ keys: ['c.d', 'e.f'], prefixes: [] });
    expect(argumentKeys('`comm.kind.${kind}`')).toEqual({ keys: [], prefixes: ['comm.kind.'] });
  });

  test('the keys of the maps a page hands its script, and the maps it hands by name', () => {
    const text = [
      "export const M = {\n  count: 'search.count',\n  all: 'search.filter.all',\n} as const satisfies Record<string, UiKey>;",
      "pickMessages({ a: 'save.button' }); pickMessages(M); pickMessages(OTHER)",
    ].join('\n');
    expect(messageMapKeys(text)).toEqual(['search.count', 'search.filter.all', 'save.button']);
    expect(declaredMapNames(text)).toEqual(['M']);
    expect(pickedMapNames(text)).toEqual(['M', 'OTHER']);
  });

  test('keys read from vi.json itself, and key-shaped literals only', () => {
    expect(indexedKeys('vi[\'plan.footnotes\'] + vi["plan.footnoteBack"]')).toEqual([
      'plan.footnotes',
      'plan.footnoteBack',
    ]);
    expect(keyLiterals("'plan.heading' \"co-quan\" 'Đảng.x' `a.${b}` 'search.filter.co-quan'")).toEqual([
      'plan.heading',
      'search.filter.co-quan',
    ]);
  });
});
