import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'so-tay-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real command, as `npm run import -- …` does, with its output folder in the temp dir. */
function runImport(file: string, ...args: string[]) {
  const out = path.join(dir, 'out');
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/node'),
    ['scripts/import.ts', file, '--out', out, ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, out };
}
const written = (out: string) => (existsSync(out) ? readdirSync(out, { recursive: true }) : []);
const make = (name: string, data: string | Uint8Array) => {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
};
const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('bad input: a message naming file and problem, a non-zero exit, nothing written', () => {
  test.each([
    ['empty', () => make('rong.txt', ''), 'tệp rỗng'],
    ['content not matching the extension', () => make('gia.docx', 'chỉ là chữ'), 'nội dung không khớp đuôi tệp'],
    ['a PDF named .txt', () => make('gia.txt', '%PDF-1.4\n'), 'nội dung là PDF'],
    [
      'a password-protected .docx',
      () =>
        make(
          'mat-khau.docx',
          new Uint8Array([
            ...cfb,
            ...Array(40).fill(0),
            ...[...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]),
          ]),
        ),
      'được đặt mật khẩu',
    ],
    ['over 10 MB', () => make('lon.txt', 'a'.repeat(10 * 1024 * 1024 + 1)), 'tệp quá lớn'],
    [
      'a .docx, whose reader is not in this version',
      () => make('that.docx', new Uint8Array([0x50, 0x4b, 3, 4, ...new TextEncoder().encode('word/document.xml')])),
      'chưa có bộ đọc tệp Word .docx',
    ],
    ['a PDF, whose reader is not in this version', () => make('that.pdf', '%PDF-1.7\n'), 'chưa có bộ đọc tệp PDF'],
    ['no number in the header', () => make('khong-so.txt', 'KẾ HOẠCH\ntiêu đề\n\nNội dung.\n'), 'không in số ký hiệu'],
    [
      'no province printed nor given',
      () => make('khong-tinh.txt', 'Số 9-KH/TU\nKẾ HOẠCH\ntiêu đề\n\nNội dung.\n'),
      '--province',
    ],
  ])('%s', (_name, create, message) => {
    const file = create();
    const { status, stderr, out } = runImport(file);
    expect(status).not.toBe(0);
    expect(stderr).toContain(file);
    expect(stderr).toContain(message);
    expect(stderr).toContain('nothing was written');
    expect(written(out)).toEqual([]);
  });
});

describe('a good import', () => {
  const source = path.join(root, 'content/sources/tra-vinh-147-kh-tu.txt');
  test('writes the plan, its source and prints the report', () => {
    const { status, stdout, out } = runImport(source);
    expect(status).toBe(0);
    expect(readFileSync(path.join(out, 'sources/tra-vinh-147-kh-tu.txt'))).toEqual(readFileSync(source));
    expect(readFileSync(path.join(out, 'plans/tra-vinh-147-kh-tu.mdx'), 'utf8')).toMatch(
      /^---\nstatus: "draft"\nnumber: "147-KH\/TU"/u,
    );
    expect(stdout).toContain('Cần người soát xét (needs a person)');
    expect(stdout).toContain('Bước tiếp theo (next step)');
    expect(stdout).toMatch(/source lines\): 87 = /u);
  });
  test('a .md file is read like a .txt', () => {
    const md = make('ke-hoach.md', readFileSync(path.join(root, 'content/sources/tra-vinh-34-kh-duk.txt')));
    const { status, out } = runImport(md);
    expect(status).toBe(0);
    expect(readFileSync(path.join(out, 'plans/tra-vinh-34-kh-duk.mdx'), 'utf8')).toContain('number: "34-KH/ĐUK"');
  });

  test('never overwrites without --force', () => {
    const plan = path.join(dir, 'out/plans/tra-vinh-147-kh-tu.mdx');
    writeFileSync(plan, 'edited by a person');
    const again = runImport(source);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(plan, 'utf8')).toBe('edited by a person');
    const forced = runImport(source, '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(plan, 'utf8')).toMatch(/^---\nstatus/u);
  });
  test('forms printed after the signature become draft files in forms/', () => {
    mkdirSync(path.join(dir, 'out'), { recursive: true });
    const { status, out } = runImport(
      path.join(root, 'content/sources/tra-vinh-43-kh-duk.txt'),
      '--province',
      'Trà Vinh',
    );
    expect(status).toBe(0);
    expect(readdirSync(path.join(out, 'forms')).sort()).toEqual([
      'tra-vinh-43-kh-duk-mau-01.draft.md',
      'tra-vinh-43-kh-duk-mau-02.draft.md',
      'tra-vinh-43-kh-duk-mau-03.draft.md',
    ]);
  });
});
