/**
 * What a received file is, by its bytes rather than its name, and the problems that stop an
 * import before anything is read: empty, too large, content not matching the extension, a
 * password-protected Word file.
 */

/** Larger files are refused: a plan is tens of kilobytes; 10 MB is a scan or a wrong file. */
export const MAX_BYTES = 10 * 1024 * 1024;

export type Format = 'text' | 'docx' | 'odt' | 'zip' | 'pdf' | 'doc' | 'encrypted-ooxml' | 'binary';

/** The extensions the importer knows, and the format each must hold. */
export const EXTENSIONS: Record<string, Format> = {
  '.txt': 'text',
  '.md': 'text',
  '.docx': 'docx',
  '.odt': 'odt',
  '.pdf': 'pdf',
  '.doc': 'doc',
};

const FORMAT_NAMES: Record<Format, string> = {
  text: 'văn bản thuần (plain text)',
  docx: 'Word .docx',
  odt: 'OpenDocument .odt',
  zip: 'tệp nén ZIP (ZIP archive)',
  pdf: 'PDF',
  doc: 'Word 97–2003 .doc',
  'encrypted-ooxml': 'Word có mật khẩu (password-protected Word file)',
  binary: 'tệp nhị phân (binary data)',
};

/** A problem with the input: the CLI prints it with the file name and exits non-zero. */
export class ImportInputError extends Error {
  readonly file: string;
  readonly vi: string;
  readonly en: string;
  constructor(file: string, vi: string, en: string) {
    super(`${file}: ${vi} (${en})`);
    this.file = file;
    this.vi = vi;
    this.en = en;
    this.name = 'ImportInputError';
  }
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/** Whether an ASCII or UTF-16LE name occurs in the bytes (zip entry names; CFB directory names). */
function contains(bytes: Uint8Array, name: string, utf16 = false): boolean {
  const pattern = utf16 ? [...name].flatMap((c) => [c.charCodeAt(0), 0]) : [...name].map((c) => c.charCodeAt(0));
  outer: for (let i = 0; i + pattern.length <= bytes.length; i += 1) {
    for (let j = 0; j < pattern.length; j += 1) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** The format the bytes hold, from their magic numbers and, for containers, their entries. */
export function sniffFormat(bytes: Uint8Array): Format {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (contains(bytes, 'word/document.xml') || contains(bytes, '[Content_Types].xml')) return 'docx';
    if (contains(bytes, 'application/vnd.oasis.opendocument.text')) return 'odt';
    return 'zip';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // An encrypted .docx is an OLE compound file holding an "EncryptedPackage" stream
    // (MS-OFFCRYPTO 2.3.4.4); a real .doc holds a "WordDocument" stream.
    return contains(bytes, 'EncryptedPackage', true) ? 'encrypted-ooxml' : 'doc';
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return 'binary';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'text';
  } catch {
    return 'binary';
  }
}

/**
 * Checks a received file before it is read: returns its format, or throws an
 * ImportInputError naming the file and the problem, in Vietnamese and English.
 */
export function checkInput(file: string, extension: string, bytes: Uint8Array): Format {
  const expected = EXTENSIONS[extension.toLowerCase()];
  if (!expected) {
    throw new ImportInputError(
      file,
      `không nhận loại tệp "${extension || '(không có đuôi)'}"; dùng .docx, .doc, .odt, .pdf, .txt hoặc .md`,
      `unsupported file type "${extension || '(none)'}"; use .docx, .doc, .odt, .pdf, .txt or .md`,
    );
  }
  if (bytes.length > MAX_BYTES) {
    throw new ImportInputError(
      file,
      `tệp quá lớn (${(bytes.length / 1024 / 1024).toFixed(1)} MB; tối đa 10 MB)`,
      `file too large (${(bytes.length / 1024 / 1024).toFixed(1)} MB; at most 10 MB)`,
    );
  }
  const format = bytes.length === 0 ? 'text' : sniffFormat(bytes);
  if (format === 'text' && new TextDecoder().decode(bytes).trim() === '') {
    throw new ImportInputError(file, 'tệp rỗng, không có chữ nào', 'the file is empty');
  }
  if (format === 'encrypted-ooxml') {
    throw new ImportInputError(
      file,
      'tệp Word được đặt mật khẩu; hãy mở bằng Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu) rồi lưu lại',
      'the Word file is password-protected; remove the password in Word and save it again',
    );
  }
  if (format !== expected) {
    throw new ImportInputError(
      file,
      `nội dung không khớp đuôi tệp: đuôi ${extension} nhưng nội dung là ${FORMAT_NAMES[format]}`,
      `content does not match the extension: ${extension} but the content is ${FORMAT_NAMES[format]}`,
    );
  }
  return format;
}
