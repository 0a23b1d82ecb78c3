import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { PDFDocument, rgb } from 'pdf-lib';
import { afterAll, describe, expect, test } from 'vitest';
import { findOnPath } from '../../../src/lib/import/reader-office';
import { sourceToDocx } from '../../helpers/docx-fixture';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'so-tay-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real command, as `npm run import -- …` does, with its output folder in the temp dir. */
function runImport(file: string, ...args: string[]) {
  return runImportWith({}, 'out', file, ...args);
}
function runImportWith(env: Record<string, string>, outName: string, file: string, ...args: string[]) {
  const out = path.join(dir, outName);
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/node'),
    ['scripts/import.ts', file, '--out', out, ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      timeout: 180_000,
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

/** A scan: a page holding only an image (here a drawn grey block), no text. */
const scan = await PDFDocument.create();
scan.addPage([595, 842]).drawRectangle({ x: 72, y: 72, width: 451, height: 698, color: rgb(0.8, 0.8, 0.8) });
const scanPdf = await scan.save();

const soffice = findOnPath('soffice');
/** A PATH without LibreOffice, as on a machine where it is not installed. */
const pathWithoutSoffice = path.join(dir, 'bin');
mkdirSync(pathWithoutSoffice, { recursive: true });

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
      'a corrupt .docx (a ZIP cut short)',
      () => make('hong.docx', new Uint8Array([0x50, 0x4b, 3, 4, ...new TextEncoder().encode('word/document.xml')])),
      'tệp Word bị hỏng',
    ],
    [
      'a .docx whose document part is not XML',
      () =>
        make(
          'hong-xml.docx',
          zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document') }),
        ),
      'tệp Word bị hỏng',
    ],
    ['a corrupt PDF', () => make('hong.pdf', '%PDF-1.7\n'), 'tệp PDF bị hỏng'],
    ['a PDF without a text layer (a scan)', () => make('ban-quet.pdf', scanPdf), 'không có lớp chữ'],
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

describe('without LibreOffice: .doc and .odt are refused, saying so', () => {
  test.each([
    [
      'alt.doc',
      new Uint8Array([...cfb, ...Array(40).fill(0), ...[...'WordDocument'].flatMap((c) => [c.charCodeAt(0), 0])]),
    ],
    ['alt.odt', zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text') }, { level: 0 })],
  ])('%s', (name, bytes) => {
    const file = make(name, bytes);
    const { status, stderr, out } = runImportWith({ PATH: pathWithoutSoffice }, 'out', file);
    expect(status).not.toBe(0);
    expect(stderr).toContain(file);
    expect(stderr).toContain('không tìm thấy lệnh soffice');
    expect(stderr).toContain('nothing was written');
    expect(written(out)).toEqual([]);
  });
});

describe('Word, PDF and OpenDocument files through the real command', () => {
  const source = readFileSync(path.join(root, 'content/sources/tra-vinh-147-kh-tu.txt'));
  test('a .docx: the plan, the text read as its source, the report', async () => {
    const docx = make('ke-hoach-147.docx', await sourceToDocx(source));
    const { status, stdout, out } = runImportWith({}, 'out-docx', docx);
    expect(status).toBe(0);
    expect(readFileSync(path.join(out, 'plans/tra-vinh-147-kh-tu.mdx'), 'utf8')).toContain('number: "147-KH/TU"');
    expect(readFileSync(path.join(out, 'sources/tra-vinh-147-kh-tu.txt'), 'utf8')).toContain('TỈNH ỦY TRÀ VINH');
    expect(stdout).toContain('Bước tiếp theo (next step)');
  });
  test.skipIf(!soffice)('a .pdf and an .odt printed by LibreOffice (skipped where soffice is absent)', async () => {
    const docx = make('in-147.docx', await sourceToDocx(source));
    for (const target of ['pdf', 'odt']) {
      const converted = spawnSync(
        soffice!,
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', target, '--outdir', dir, docx],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(converted.status).toBe(0);
      const { status, stdout, stderr, out } = runImportWith({}, `out-${target}`, path.join(dir, `in-147.${target}`));
      expect([target, status, stderr]).toEqual([target, 0, '']);
      expect(readFileSync(path.join(out, 'plans/tra-vinh-147-kh-tu.mdx'), 'utf8')).toContain('number: "147-KH/TU"');
      if (target === 'pdf') expect(stdout).toContain('số trang (page number)');
    }
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
    // The out folder has no provinces.yaml: the report asks for the province's entry.
    expect(stdout).toContain('province: "Trà Vinh" chưa có trong provinces.yaml');
  });

  test('a province the content folder lists is not asked for', () => {
    const out = path.join(dir, 'out-listed');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'provinces.yaml'), 'provinces:\n  - name: "Trà Vinh"\n');
    const { status, stdout } = runImportWith({}, 'out-listed', source);
    expect(status).toBe(0);
    expect(stdout).not.toContain('provinces.yaml');
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
