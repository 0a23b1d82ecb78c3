import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { root } from '../helpers/astro-build';

/**
 * `astro dev` as an editor uses it: plans are loaded by the site's own loader, which keeps
 * only their frontmatter in the data store and reads bodies from the files, so an edit must
 * reach the page without a restart, and a broken field must be reported by file and field.
 */
const work = mkdtempSync(path.join(tmpdir(), 'so-tay-dev-'));
const contentDir = path.join(work, 'content');
const planFile = path.join(contentDir, 'plans', 'tra-vinh-34-kh-duk.mdx');
let server: ChildProcess | undefined;
let output = '';
let baseUrl = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

async function until<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}\n${output.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const planPage = async () => {
  const response = await fetch(`${baseUrl}ke-hoach/tra-vinh-34-kh-duk/`);
  return response.ok ? response.text() : undefined;
};
const edit = (change: (source: string) => string) => writeFileSync(planFile, change(readFileSync(planFile, 'utf8')));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  cpSync(path.join(root, 'content'), contentDir, { recursive: true });
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}/`;
  server = spawn(
    process.execPath,
    [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      // Without the test runner's own variables (VITEST, NODE_ENV=test), as an editor starts it.
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(
            ([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST',
          ),
        ),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        CONTENT_DIR: contentDir,
        CACHE_DIR: path.join(work, 'cache'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  await until('the dev server', planPage, 60_000);
}, 90_000);

afterAll(async () => {
  // The server writes to its cache until it exits; the folder goes after it.
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill();
    await exited;
  }
  rmSync(work, { recursive: true, force: true });
});

test("a plan's source text is served as it is, as UTF-8 plain text", async () => {
  const response = await fetch(`${baseUrl}ke-hoach/tra-vinh-34-kh-duk.txt`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  const served = Buffer.from(await response.arrayBuffer());
  expect(served.equals(readFileSync(path.join(contentDir, 'sources', 'tra-vinh-34-kh-duk.txt')))).toBe(true);
});

describe('astro dev while a plan is edited', () => {
  test('an edited heading in the body reaches the page and its table of contents', async () => {
    edit((source) => source.replace('## I- MỤC ĐÍCH, YÊU CẦU', '## I- MỤC ĐÍCH, YÊU CẦU (SỬA THỬ)'));
    const html = await until('the edited body', async () => {
      const page = await planPage();
      return page?.includes('(SỬA THỬ)') ? page : undefined;
    });
    // The heading and its entry in each table of contents (the phone's folded one, the desktop's).
    expect(html.split('(SỬA THỬ)').length - 1).toBe(3);
  }, 30_000);

  test('an edited frontmatter field reaches the page', async () => {
    edit((source) => source.replace('title: "thực hiện Kết luận', 'title: "(TIÊU ĐỀ SỬA THỬ) thực hiện Kết luận'));
    await until('the edited title', async () => ((await planPage())?.includes('(TIÊU ĐỀ SỬA THỬ)') ? true : undefined));
  }, 30_000);

  test('a plan saved in place (emptied, then written) is read once written: no error, and the edit reaches the page', async () => {
    const since = output.length;
    const next = readFileSync(planFile, 'utf8').replace('(TIÊU ĐỀ SỬA THỬ)', '(TIÊU ĐỀ SỬA THỬ) (LƯU TẠI CHỖ)');
    // As an editor that does not save atomically: the watcher sees the emptied file, and a
    // second change within 50 ms of the first is not reported.
    writeFileSync(planFile, '');
    await sleep(30);
    writeFileSync(planFile, next);
    await until('the edit saved in place', async () =>
      (await planPage())?.includes('(LƯU TẠI CHỖ)') ? true : undefined,
    );
    expect(output.slice(since)).not.toMatch(/ERROR|Required/u);
  }, 30_000);

  test('a broken field is reported with the plan and the field, and the page keeps its last good version', async () => {
    // Only what the server says after this edit counts.
    const since = output.length;
    edit((source) => source.replace('province: "Trà Vinh"', 'province: 42'));
    const reported = await until('the error', async () => {
      const said = output.slice(since);
      return /tra-vinh-34-kh-duk[\s\S]*province/u.test(said) ? said : undefined;
    });
    expect(reported).toMatch(/province.*Expected type `"string"`, received `"number"`/u);
    expect(reported).not.toMatch(/Required/u);
    expect(await planPage()).toContain('(TIÊU ĐỀ SỬA THỬ)');
  }, 30_000);
});
