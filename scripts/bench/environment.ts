// What a benchmark ran on: the machine and the versions of what it measured.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM } from '../../tests/helpers/browser.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function packageVersion(dir: string, name: string): string {
  return (JSON.parse(readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, ${os.type()} ${os.release()} (${os.arch()})`;
}

export function versions(starlightVersion: string | null): Record<string, string> {
  const chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
  return {
    Node: process.versions.node,
    astro: packageVersion(ROOT, 'astro'),
    pagefind: packageVersion(ROOT, 'pagefind'),
    ...(starlightVersion ? { '@astrojs/starlight': starlightVersion } : {}),
    lighthouse: packageVersion(ROOT, 'lighthouse'),
    Chromium: chromium.replace(/^Chromium\s*/u, ''),
  };
}
