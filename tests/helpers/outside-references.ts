import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The folder beside the repo that once held the source texts; spelled in parts so this file does not name it. */
const SHARED = ['..', 'shared'].join('/');

/**
 * Where a file's text points outside the repo at `root`: the shared folder beside it, an
 * absolute path into this machine's work folder, or a relative path ("../../x") that climbs
 * above the repo from the file's own folder. Each finding is "line: reason: text".
 */
export function outsideReferences(root: string, file: string, text: string): string[] {
  const found: string[] = [];
  const folder = path.dirname(file);
  text.split('\n').forEach((line, index) => {
    const at = `${index + 1}`;
    if (line.includes(SHARED) || line.includes(['shared', 'seeds'].join('/')))
      found.push(`${at}: names ${SHARED}: ${line.trim()}`);
    if (/(^|[\s'"`(=])\/work\//u.test(line)) found.push(`${at}: absolute path into /work: ${line.trim()}`);
    for (const match of line.matchAll(/(['"`])((?:\.\.?\/)+[^'"`\s]*)\1/gu)) {
      const target = path.resolve(folder, match[2]!);
      if (path.relative(root, target).startsWith('..'))
        found.push(`${at}: ${match[2]} leaves the repo: ${line.trim()}`);
    }
  });
  return found;
}

/** Every file under the given paths of the repo (files or folders), skipping node_modules. */
export function repoFiles(root: string, paths: string[]): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    if (statSync(current).isDirectory()) {
      for (const name of readdirSync(current)) if (name !== 'node_modules') walk(path.join(current, name));
    } else out.push(current);
  };
  for (const relative of paths) walk(path.join(root, relative));
  return out.sort();
}

/** outsideReferences of every file, as "file:line: reason: text". */
export function findOutsideReferences(root: string, paths: string[]): string[] {
  return repoFiles(root, paths).flatMap((file) =>
    outsideReferences(root, file, readFileSync(file, 'utf8')).map(
      (finding) => `${path.relative(root, file)}:${finding}`,
    ),
  );
}
