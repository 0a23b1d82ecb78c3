// Installing the site to a phone's home screen: Chromium's own installability checks, under
// the root and under a sub-path, over the test server (127.0.0.1, a secure context).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { launchPersistentChromium } from '../helpers/browser';
import { BASE_PATH, dist, distBase, requireBuilt } from '../helpers/dist';
import { serveStatic } from '../helpers/static-server';
import vi from '../../src/i18n/vi.json';

interface AppManifest {
  url: string;
  errors: { message: string; critical: number }[];
  data?: string;
}

/** What Chromium makes of the home page served from `dir` under `base` as an app to install. */
async function installability(dir: string, base: string) {
  const site = await serveStatic(requireBuilt(dir), base);
  // An ordinary profile: Chromium never offers to install from an incognito one.
  const profile = mkdtempSync(path.join(tmpdir(), 'so-tay-install-'));
  const context = await launchPersistentChromium(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(site.url);
    await page.waitForLoadState('load');
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as AppManifest;
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    const icons = await Promise.all(
      (JSON.parse(manifest.data ?? '{}') as { icons?: { src: string }[] }).icons?.map(async (icon) => {
        const response = await page.request.get(new URL(icon.src, manifest.url).href);
        return { src: icon.src, status: response.status(), type: response.headers()['content-type'] };
      }) ?? [],
    );
    return { siteUrl: site.url, manifest, installabilityErrors, icons };
  } finally {
    await context.close();
    await site.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

describe.each([
  { label: 'at the root', dir: dist, base: '/' },
  { label: `under ${BASE_PATH}`, dir: distBase, base: BASE_PATH },
])('the site $label', ({ dir, base }) => {
  test('is installable: Chromium finds a manifest without errors and no installability error', async () => {
    const { siteUrl, manifest, installabilityErrors, icons } = await installability(dir, base);
    expect(manifest.url).toBe(new URL('manifest.webmanifest', siteUrl).href);
    expect(manifest.errors).toEqual([]);
    expect(installabilityErrors).toEqual([]);
    const data = JSON.parse(manifest.data!) as Record<string, unknown>;
    expect(data).toMatchObject({
      name: vi['site.name'],
      short_name: vi['site.shortName'],
      lang: 'vi',
      start_url: base,
      scope: base,
      display: 'standalone',
    });
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const icon of icons) expect(icon).toMatchObject({ status: 200, type: 'image/png' });
  });
});
