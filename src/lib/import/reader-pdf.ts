/**
 * The reader of .pdf files with a text layer, through unpdf (a maintained, dependency-free
 * build of Mozilla's pdf.js for Node, no worker or font download). A PDF holds positioned
 * pieces of text, not paragraphs, so the reader rebuilds them: pieces on one baseline make
 * a printed line; a two-column block (the header and signature tables of a Party document)
 * is read left column first; lines one line-pitch apart make a paragraph, a larger gap
 * ends it; a word or a number broken after its hyphen at a line end ("01-" / "KL/TW") is
 * rejoined without a space; small raised digits are footnote marks ("⁽¹⁾"), and a page's
 * notes under the text are put after the paragraph that cites them; page numbers and
 * running headers or footers are dropped, each listed with the reason.
 */
import { getDocumentProxy } from 'unpdf';
import { ImportInputError } from './sniff.ts';
import type { DroppedLine, SourceText } from './types.ts';
import { splitFootnotes, withFootnotes } from './pdf/footnotes.ts';
import { furniture } from './pdf/furniture.ts';
import { bodySize, linesOf, type PdfPage } from './pdf/lines.ts';
import { joinParagraphs, linePitch, readingOrder } from './pdf/paragraphs.ts';

/** Reads the lines of all pages as a source text. Pure, for tests: readPdf does the I/O. */
export function pagesToSource(pages: readonly PdfPage[]): SourceText {
  const size = bodySize(pages);
  const all = pages.flatMap((page, i) => linesOf(page, i + 1, size));
  const dropped: DroppedLine[] = [];
  const furnitureOf = furniture(all, pages);
  for (const [line, reason] of furnitureOf) dropped.push({ line: 0, page: line.page, text: line.text, reason });
  const lines = all.filter((line) => !furnitureOf.has(line));
  const { body, notes } = splitFootnotes(lines, pages);
  const paragraphs = joinParagraphs(readingOrder(body, pages), linePitch(lines));
  const out = withFootnotes(paragraphs, notes);
  return { lines: out.map((line) => line.normalize('NFC')), dropped };
}

/**
 * Reads a PDF. Throws an ImportInputError naming the file when it cannot be opened, or
 * when it has no text layer (a scan: the text is an image, which needs OCR first).
 */
export async function readPdf(bytes: Uint8Array, file: string): Promise<SourceText> {
  let pages: PdfPage[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = [];
    for (let p = 1; p <= pdf.numPages; p += 1) {
      const page = await pdf.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      pages.push({
        width: viewport.width,
        height: viewport.height,
        items: content.items.flatMap((item) =>
          'str' in item
            ? [
                {
                  text: item.str,
                  x: item.transform[4] as number,
                  y: item.transform[5] as number,
                  width: item.width,
                  size: Math.hypot(item.transform[2] as number, item.transform[3] as number),
                },
              ]
            : [],
        ),
      });
    }
  } catch (error) {
    throw new ImportInputError(
      file,
      `tệp PDF bị hỏng, không mở được (${(error as Error).message})`,
      `the PDF cannot be opened (${(error as Error).message})`,
    );
  }
  if (!pages.some((page) => page.items.some((item) => /\p{L}/u.test(item.text)))) {
    throw new ImportInputError(
      file,
      'tệp PDF không có lớp chữ (có lẽ là bản quét/ảnh chụp); hãy xin bản Word hoặc PDF xuất từ Word, hoặc nhận dạng chữ (OCR) trước',
      'the PDF has no text layer (probably a scan); ask for the Word file or a PDF saved from Word, or run OCR first',
    );
  }
  return pagesToSource(pages);
}
