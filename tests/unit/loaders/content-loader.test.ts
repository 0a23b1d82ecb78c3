import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { settledText } from '../../../src/loaders/content-loader';

const folder = mkdtempSync(path.join(tmpdir(), 'so-tay-settle-'));
const file = path.join(folder, 'ke-hoach.mdx');
afterEach(() => rmSync(file, { force: true }));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('settledText: what the dev watcher reads after a change', () => {
  test('a file still being written is read once it stops changing', async () => {
    writeFileSync(file, '');
    const reading = settledText(file, { settleMs: 30 });
    setTimeout(() => writeFileSync(file, '---\ntitle: "x"\n---\n'), 10);
    expect(await reading).toBe('---\ntitle: "x"\n---\n');
  });

  test('a file that does not change is read as it is', async () => {
    writeFileSync(file, 'nội dung');
    expect(await settledText(file, { settleMs: 5 })).toBe('nội dung');
  });

  test('a file that keeps changing is read after the last allowed read', async () => {
    writeFileSync(file, '0');
    let n = 0;
    const writer = setInterval(() => writeFileSync(file, String(++n)), 2);
    const text = await settledText(file, { settleMs: 10, maxReads: 3 });
    clearInterval(writer);
    expect(Number(text)).toBeGreaterThan(0);
  });

  test('a removed file gives undefined (the unlink event removes the entry)', async () => {
    expect(await settledText(path.join(folder, 'khong-co.mdx'))).toBeUndefined();
  });
});
