import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../../helpers/astro-build';
import { repoFiles } from '../../helpers/outside-references';
import {
  folderCycles,
  importClosure,
  importSpecifiers,
  isRelative,
  resolveImport,
  scriptBlockSpecifiers,
} from '../../helpers/imports';

/**
 * Where code runs, as the README's "Code placement" says: Node runs the command line
 * (scripts/, and src/lib/import under `npm run import`) as it is; the browser runs src/client
 * and the service worker, and the src/lib modules they import; the build runs the rest. These
 * follow the imports, which an ESLint rule cannot (eslint.config.js has the per-folder rules).
 */
const rel = (file: string) => path.relative(root, file);
const read = (file: string) => readFileSync(file, 'utf8');
const code = (paths: string[]) => repoFiles(root, paths).filter((file) => /\.(?:ts|mjs|js|astro)$/u.test(file));
const relativeImports = (file: string) => importSpecifiers(read(file)).filter(isRelative);

/** Every script under scripts/ (npm run import, npm run bench, their tools) and what it imports. */
const cli = importClosure(code(['scripts']));
/** src/client and the service worker, and what they import (type imports are erased, so not followed). */
const browser = importClosure(code(['src/client', 'src/service-worker']), { runtime: true });

const NOT_IN_BROWSER = (specifier: string, target: string | null) =>
  specifier.startsWith('node:') ||
  builtinModules.includes(specifier) ||
  /^astro(?:$|:|\/)/u.test(specifier) ||
  (target !== null && /[/\\]src[/\\](?:data[/\\]|lib[/\\]import[/\\]|config\.ts$)/u.test(target));

describe('code placement', () => {
  test('what Node runs names every file it imports with its extension, and the rest of src/ does not', () => {
    expect(cli.map(rel)).toEqual(expect.arrayContaining(['scripts/import.ts', 'src/lib/import/convert.ts']));
    const unnamed = cli.flatMap((file) =>
      relativeImports(file)
        .filter((spec) => !/\.(?:ts|mjs|js|json)$/u.test(spec) || !existsSync(path.resolve(path.dirname(file), spec)))
        .map((spec) => `${rel(file)}: ${spec}`),
    );
    expect(unnamed).toEqual([]);
    // So an extension in src/ says "Node runs this file as it is".
    const named = code(['src'])
      .filter((file) => !cli.includes(file))
      .flatMap((file) =>
        relativeImports(file)
          .filter((spec) => /\.ts$/u.test(spec))
          .map((spec) => `${rel(file)}: ${spec}`),
      );
    expect(named).toEqual([]);
  });

  test('browser code reaches no Node built-in, Astro, build data, environment or importer', () => {
    expect(browser.map(rel)).toEqual(expect.arrayContaining(['src/client/site.ts', 'src/lib/search/terms.ts']));
    const found = browser.flatMap((file) =>
      importSpecifiers(read(file), { runtime: true })
        .filter((spec) => NOT_IN_BROWSER(spec, isRelative(spec) ? resolveImport(file, spec) : null))
        .map((spec) => `${rel(file)}: ${spec}`),
    );
    expect(found).toEqual([]);
  });

  test("a page's <script> blocks load browser code (src/client) only", () => {
    const scripts = code(['src'])
      .filter((file) => file.endsWith('.astro'))
      .flatMap((file) => scriptBlockSpecifiers(read(file)).map((spec) => ({ file, spec })));
    expect(scripts.length).toBeGreaterThan(5);
    const elsewhere = scripts.filter(
      ({ file, spec }) => !isRelative(spec) || !resolveImport(file, spec)?.startsWith(path.join(root, 'src/client/')),
    );
    expect(elsewhere.map(({ file, spec }) => `${rel(file)}: ${spec}`)).toEqual([]);
  });

  test('the site does not import the command line (src/lib/import)', () => {
    const importer = path.join(root, 'src/lib/import/');
    const found = code(['src'])
      .filter((file) => !file.startsWith(importer))
      .flatMap((file) =>
        relativeImports(file)
          .filter((spec) => resolveImport(file, spec)?.startsWith(importer))
          .map((spec) => `${rel(file)}: ${spec}`),
      );
    expect(found).toEqual([]);
  });

  test('no two concepts of src/lib import each other, directly or round about', () => {
    const edges = code(['src']).flatMap((file) =>
      relativeImports(file).flatMap((spec) => {
        const target = resolveImport(file, spec);
        return target ? [[file, target] as const] : [];
      }),
    );
    const concept = (file: string) => /[/\\]src[/\\]lib[/\\]([^/\\]+)[/\\]/u.exec(file)?.[1] ?? null;
    expect(edges.length).toBeGreaterThan(300);
    expect(folderCycles(edges, concept).map((cycle) => cycle.replaceAll(`${root}${path.sep}`, ''))).toEqual([]);
  });
});

describe('the checks find', () => {
  test('static, re-exported, bare and dynamic imports, over several lines too', () => {
    const text = [
      "import { a,\n  b } from './a';",
      "import type { C } from '../c.ts';",
      "export { d } from './d';",
      "import './style.css';",
      "const e = await import('./e');",
      " * import x from 'in-a-comment' is prose",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a', '../c.ts', './d', './style.css', './e']);
    expect(importSpecifiers(text, { runtime: true })).toEqual(['./a', './d', './style.css', './e']);
  });

  test("the imports of an .astro file's <script> blocks, not of its frontmatter or JSON data", () => {
    const astro = [
      '---',
      "import Base from '../layouts/Base.astro';",
      '---',
      '<script type="application/json" id="data" set:html={json} />',
      "<script>\n  import { start } from '../client/page';\n  start();\n</script>",
    ].join('\n');
    expect(scriptBlockSpecifiers(astro)).toEqual(['../client/page']);
  });

  test('a cycle through three folders, and none where imports run one way', () => {
    const folder = (file: string) => file.split('/')[0]!;
    expect(
      folderCycles(
        [
          ['a/x', 'b/y'],
          ['b/y', 'c/z'],
          ['c/z', 'a/w'],
        ],
        folder,
      ),
    ).toEqual(['a (a/x → b/y) → b (b/y → c/z) → c (c/z → a/w) → a']);
    expect(
      folderCycles(
        [
          ['a/x', 'b/y'],
          ['a/x', 'c/z'],
          ['b/y', 'c/z'],
        ],
        folder,
      ),
    ).toEqual([]);
  });
});
