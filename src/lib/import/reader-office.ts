/**
 * Old Word (.doc) and OpenDocument (.odt) files: LibreOffice converts them to .docx
 * (`soffice --headless --convert-to docx` into a temp folder, with its own profile so a
 * running LibreOffice is not disturbed), then the .docx reader reads that. Without
 * `soffice` on the PATH the import stops with a message saying so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDocx } from './reader-docx.ts';
import { ImportInputError } from './sniff.ts';
import type { SourceText } from './types.ts';

/** The full path of a command found on the PATH, or null. */
export function findOnPath(command: string, searchPath = process.env.PATH ?? ''): string | null {
  for (const dir of searchPath.split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, command);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Converts a .doc/.odt to .docx with LibreOffice and reads it. */
export function readThroughLibreOffice(file: string, formatName: string): SourceText {
  const soffice = findOnPath('soffice');
  if (!soffice) {
    throw new ImportInputError(
      file,
      `cần LibreOffice để đọc tệp ${formatName} nhưng không tìm thấy lệnh soffice trên PATH; hãy cài LibreOffice, hoặc mở tệp bằng Word và lưu thành .docx rồi nhập tệp đó`,
      `reading a ${formatName} file needs LibreOffice, but soffice is not on the PATH; install LibreOffice, or save the file as .docx in Word and import that`,
    );
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'so-tay-soffice-'));
  try {
    const result = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'docx',
        '--outdir',
        dir,
        path.resolve(file),
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const converted = path.join(dir, `${path.basename(file, path.extname(file))}.docx`);
    if (result.status !== 0 || !existsSync(converted)) {
      throw new ImportInputError(
        file,
        `LibreOffice không chuyển được tệp ${formatName} sang .docx (${(result.stderr || result.error?.message || '').trim() || 'không rõ lý do'})`,
        `LibreOffice could not convert the ${formatName} file to .docx (${(result.stderr || result.error?.message || '').trim() || 'no reason given'})`,
      );
    }
    return readDocx(new Uint8Array(readFileSync(converted)), file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
