import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, onTestFinished, test } from 'vitest';
import { SECURITY_HEADERS, SERVER_CONFIG_FILES } from '../../src/lib/site/csp';
import { dist, requireBuilt } from '../helpers/dist';

/**
 * The `.htaccess` the build writes, served by a real Apache (Debian's `apache2-bin`; these
 * checks are skipped where it is not installed, `.ci/run` installs it). With mod_headers
 * every page comes with every header; without it every request fails with 500 and the error
 * log names the missing command, and the same lines in the server's own configuration stop
 * Apache from starting. A missing module never serves the site without its headers.
 */

const APACHE = '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';
const available = existsSync(APACHE) && existsSync(path.join(MODULES, 'mod_headers.so'));

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A folder with the built .htaccess, home page and calendar, and an Apache configuration serving it. */
function serverFolder(port: number, options: { headers: boolean; inConfig?: string }): { root: string; conf: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'so-tay-apache-'));
  folders.push(root);
  const site = path.join(root, 'site');
  mkdirSync(site);
  for (const file of [SERVER_CONFIG_FILES.apache, 'index.html', 'moc-thoi-gian.ics']) {
    copyFileSync(path.join(requireBuilt(dist), file), path.join(site, file));
  }
  // Apache's workers run as www-data when it is started as root: they must read the site.
  for (const entry of [root, site]) chmodSync(entry, 0o755);
  const module = (name: string) => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`;
  const conf = path.join(root, 'httpd.conf');
  writeFileSync(
    conf,
    [
      `ServerRoot ${root}`,
      'ServerName 127.0.0.1',
      `Listen 127.0.0.1:${port}`,
      `PidFile ${root}/httpd.pid`,
      `DefaultRuntimeDir ${root}`,
      `ErrorLog ${root}/error.log`,
      ...(process.getuid?.() === 0 ? ['User www-data', 'Group www-data'] : []),
      'LoadModule mpm_event_module ' + `${MODULES}/mod_mpm_event.so`,
      module('authz_core'),
      module('mime'),
      module('dir'),
      ...(options.headers ? [module('headers')] : []),
      'TypesConfig /dev/null',
      'AddType text/html .html',
      'AddType text/calendar .ics',
      'DirectoryIndex index.html',
      `DocumentRoot ${site}`,
      `<Directory ${site}>`,
      '  AllowOverride FileInfo',
      '  Require all granted',
      options.inConfig ?? '',
      '</Directory>',
      '',
    ].join('\n'),
  );
  return { root, conf };
}

/** Starts Apache in the foreground for the current test and waits until it answers. */
async function start(conf: string, port: number): Promise<void> {
  const child = spawn(APACHE, ['-f', conf, '-DFOREGROUND'], { stdio: 'ignore' });
  onTestFinished(() => {
    child.kill('SIGTERM');
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`Apache did not start with ${conf}`);
}

describe.skipIf(!available)("the build's .htaccess in a real Apache", () => {
  test('with mod_headers: the home page and a calendar come with every header, the calendar as UTF-8', async () => {
    const port = await freePort();
    const { conf } = serverFolder(port, { headers: true });
    await start(conf, port);
    for (const file of ['', 'moc-thoi-gian.ics']) {
      const response = await fetch(`http://127.0.0.1:${port}/${file}`);
      expect(response.status, file).toBe(200);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers.get(name), `${file}: ${name}`).toBe(value);
      }
    }
    const calendar = await fetch(`http://127.0.0.1:${port}/moc-thoi-gian.ics`);
    expect(calendar.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  });

  test('without mod_headers: every request fails with 500, and the log says why; no page goes out bare', async () => {
    const port = await freePort();
    const { root, conf } = serverFolder(port, { headers: false });
    await start(conf, port);
    for (const file of ['', 'moc-thoi-gian.ics']) {
      const response = await fetch(`http://127.0.0.1:${port}/${file}`);
      expect(response.status, file).toBe(500);
      expect(response.headers.get('content-security-policy'), file).toBeNull();
    }
    expect(readFileSync(path.join(root, 'error.log'), 'utf8')).toContain(
      "Invalid command 'Header', perhaps misspelled or defined by a module not included",
    );
  });

  test("without mod_headers, the same lines in the server's configuration stop Apache at its check", async () => {
    const port = await freePort();
    const lines = readFileSync(path.join(dist, SERVER_CONFIG_FILES.apache), 'utf8');
    const { conf } = serverFolder(port, { headers: false, inConfig: lines });
    const check = spawnSync(APACHE, ['-t', '-f', conf], { encoding: 'utf8' });
    expect(check.status).not.toBe(0);
    expect(check.stderr).toContain("Invalid command 'Header'");
    expect(spawnSync(APACHE, ['-t', '-f', serverFolder(port, { headers: true, inConfig: lines }).conf]).status).toBe(0);
  });
});
