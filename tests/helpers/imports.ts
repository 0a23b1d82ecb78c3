import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The modules a source file imports, read from its text (tests/unit/repo/code-placement.test.ts
 * checks where code may run with these): `import … from '…'`, `export … from '…'`, a bare
 * `import '…'` and `import('…')` of a literal. In an .astro file this covers the frontmatter
 * and its <script> blocks alike. With `runtime`, `import type`/`export type` statements are
 * left out: they are erased before the code runs.
 */
export function importSpecifiers(text: string, { runtime = false } = {}): string[] {
  const patterns = [
    runtime
      ? /^\s*(?:import|export)\b(?!\s+type\b)[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gmu
      : /^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gmu,
    /^\s*import\s*['"]([^'"]+)['"]/gmu,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/gu,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!));
}

/** The specifiers imported by the <script> blocks of an .astro file (what its page loads in the browser). */
export function scriptBlockSpecifiers(text: string): string[] {
  return [...text.matchAll(/<script(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/gu)].flatMap((match) =>
    importSpecifiers(match[1]!),
  );
}

export const isRelative = (specifier: string): boolean => /^\.{1,2}\//u.test(specifier);

/**
 * The file a relative specifier names from `file`, as the bundler finds it: the name as
 * written, else with .ts, else a folder's index.ts; null when none exists.
 */
export function resolveImport(file: string, specifier: string): string | null {
  const target = path.resolve(path.dirname(file), specifier);
  for (const candidate of [target, `${target}.ts`, path.join(target, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/**
 * Every file reached from the entries through relative imports, the entries included; with
 * `runtime`, through the imports that stay when types are erased.
 */
export function importClosure(entries: readonly string[], { runtime = false } = {}): string[] {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importSpecifiers(readFileSync(file, 'utf8'), { runtime }).filter(isRelative)) {
      const target = resolveImport(file, specifier);
      if (target && /\.(?:ts|mjs|js|astro)$/u.test(target)) stack.push(target);
    }
  }
  return [...seen].sort();
}

/**
 * The import cycles between folders (as `folderOf` names each file's folder; null leaves a
 * file out): each cycle as its folders in order, back to the first, with the import that
 * leads from each folder to the next. `edges` are [importing file, imported file].
 */
export function folderCycles(
  edges: readonly (readonly [string, string])[],
  folderOf: (file: string) => string | null,
): string[] {
  const next = new Map<string, Map<string, string>>();
  for (const [from, to] of edges) {
    const a = folderOf(from);
    const b = folderOf(to);
    if (!a || !b || a === b) continue;
    if (!next.has(a)) next.set(a, new Map());
    if (!next.get(a)!.has(b)) next.get(a)!.set(b, `${from} → ${to}`);
  }
  const cycles = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (folder: string) => {
    state.set(folder, 'open');
    path.push(folder);
    for (const [target] of next.get(folder) ?? []) {
      if (state.get(target) === 'open') {
        const loop = [...path.slice(path.indexOf(target)), target];
        cycles.add(
          loop.map((f, i) => (i < loop.length - 1 ? `${f} (${next.get(f)!.get(loop[i + 1]!)})` : f)).join(' → '),
        );
      } else if (!state.has(target)) visit(target);
    }
    path.pop();
    state.set(folder, 'done');
  };
  for (const folder of [...next.keys()].sort()) if (!state.has(folder)) visit(folder);
  return [...cycles];
}
