import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { check } from 'linkinator';
import { describe, expect, test } from 'vitest';
import { BASE_PATH, dist, distBase, requireBuilt } from '../helpers/dist';

async function brokenLinks(options: Parameters<typeof check>[0]) {
  const result = await check({ recurse: true, checkFragments: true, ...options });
  const broken = result.links.filter((link) => link.state === 'BROKEN');
  return { broken: broken.map((link) => `${link.status} ${link.url} (from ${link.parent})`), total: result.links.length };
}

describe('every internal link and #anchor resolves', () => {
  test('in dist/', async () => {
    const { broken, total } = await brokenLinks({ path: requireBuilt(dist) });
    expect(broken).toEqual([]);
    expect(total).toBeGreaterThan(50);
  });

  test(`in the build under the sub-path ${BASE_PATH}`, async () => {
    // Serve the parent of the sub-path, as a host that puts the site under /so-tay/ would.
    const host = mkdtempSync(path.join(tmpdir(), 'so-tay-host-'));
    cpSync(requireBuilt(distBase), path.join(host, BASE_PATH), { recursive: true });
    const { broken, total } = await brokenLinks({ path: path.join(host, BASE_PATH, 'index.html'), serverRoot: host });
    expect(broken).toEqual([]);
    expect(total).toBeGreaterThan(50);
  });
});
