import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { runPagefind } from '../../src/integrations/pagefind';
import { withoutBlockAnchors } from '../../src/lib/search/index-html';
import { root } from '../helpers/astro-build';
import { allFiles, dist, requireBuilt } from '../helpers/dist';

const work = mkdtempSync(path.join(tmpdir(), 'so-tay-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the search index', () => {
  test('is the one Pagefind builds from the whole pages: handing it only the head and the search body loses nothing', async () => {
    const site = requireBuilt(dist);
    const pages = path.join(work, 'pages');
    let searchable = 0;
    for (const file of allFiles(site).filter(
      (name) => name.endsWith('.html') && !name.includes(`${path.sep}pagefind${path.sep}`),
    )) {
      const html = readFileSync(file, 'utf8');
      if (!/\sdata-pagefind-body[\s=>]/u.test(html)) continue;
      const target = path.join(pages, path.relative(site, file));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, withoutBlockAnchors(html));
      searchable += 1;
    }
    expect(searchable).toBeGreaterThan(50);
    const output = path.join(work, 'pagefind');
    await runPagefind(pathToFileURL(`${root}/`).href, [
      '--site',
      pages,
      '--output-path',
      output,
      '--force-language',
      'vi',
    ]);
    const relative = (dir: string) => allFiles(dir).map((file) => path.relative(dir, file));
    const built = path.join(site, 'pagefind');
    expect(relative(output)).toEqual(relative(built));
    for (const file of relative(built)) {
      expect(readFileSync(path.join(output, file)).equals(readFileSync(path.join(built, file))), file).toBe(true);
    }
  });
});
