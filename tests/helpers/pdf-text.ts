import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** poppler's pdftotext, when installed (CI installs poppler-utils); the checks skip without it. */
export const pdftotext = spawnSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' }).stdout.trim();

/**
 * The text of each page of a PDF (a file or its bytes). `layout` keeps the printed lines
 * (the page number is a line of its own); without it, side-by-side columns come one after
 * the other, so a wrapped value in a column reads in one piece.
 */
export function pdfPageTexts(pdf: string | Uint8Array, options: { layout?: boolean } = {}): string[] {
  let file = pdf;
  if (typeof file !== 'string') {
    const bytes = file;
    file = path.join(mkdtempSync(path.join(tmpdir(), 'so-tay-pdf-')), 'print.pdf');
    writeFileSync(file, bytes);
  }
  const result = spawnSync(pdftotext, [...(options.layout === false ? [] : ['-layout']), file, '-'], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  // Pages end with a form feed; what follows the last one is no page.
  return result.stdout.split('\f').slice(0, -1);
}

/** Whitespace-insensitive text: lines and justified spaces aside. */
export const flat = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** The last `count` words of a text. */
export const lastWords = (text: string, count = 3): string => flat(text).split(' ').slice(-count).join(' ');

const firstLine = (page: string): string =>
  page
    .split('\n')
    .map((line) => line.trim())
    .find(Boolean) ?? '';

/**
 * What a printed Party document must look like, as problems (none when it is right): page
 * numbers from page 2, each the first line of its page, none on page 1; the page that
 * carries the whole signature block also carries the body's last words; the notes (when
 * there are) after the signature.
 */
export function filedPrintProblems(
  pages: string[],
  expected: { bodyEnd: string; signature: string[]; notes?: string },
): string[] {
  const problems: string[] = [];
  if (firstLine(pages[0] ?? '') === '1') problems.push('page 1 carries a number');
  pages.forEach((page, index) => {
    if (index > 0 && firstLine(page) !== String(index + 1))
      problems.push(`page ${index + 1} begins with "${firstLine(page)}", not its number`);
  });
  const signature = expected.signature.map(flat).filter(Boolean);
  const signed = pages.findLastIndex((page) => signature.every((line) => flat(page).includes(line)));
  if (signed < 0) problems.push(`no page holds the whole signature block (${signature.join(' / ')})`);
  else if (!flat(pages[signed]!).includes(flat(expected.bodyEnd)))
    problems.push(`the signature on page ${signed + 1} stands without the body's last words "${expected.bodyEnd}"`);
  if (expected.notes) {
    const all = flat(pages.join(' '));
    const notes = all.indexOf(flat(expected.notes));
    if (notes < 0) problems.push('the notes are not printed');
    else if (notes < all.lastIndexOf(signature.at(-1) ?? ''))
      problems.push('the notes print before the signature block');
  }
  return problems;
}
