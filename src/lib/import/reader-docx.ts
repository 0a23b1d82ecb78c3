/**
 * The reader of .docx files: the OOXML package read directly (fflate to unzip, @xmldom/xmldom
 * to parse) rather than through mammoth, because mammoth's HTML drops what a Party document
 * needs: the printed form of Word's automatic numbering ("I-", "1.", "a)" become bare <ol>),
 * table borders (so a borderless header or signature table cannot be told from a body table)
 * and empty cells of merged ranges. The result is the intermediate every reader gives: lines
 * in the shape of content/sources/*.txt (emphasis as **bold** and *italic*, footnote marks
 * as "⁽¹⁾" with the footnote's text on a "⁽¹⁾ …" line after its paragraph, table rows as
 * tab-separated cells, a merged cell's continuation empty).
 */
import { unzipSync, strFromU8 } from 'fflate';
import type { Element } from '@xmldom/xmldom';
import { ImportInputError } from './sniff.ts';
import type { SourceText } from './types.ts';
import { blockLines } from './docx/blocks.ts';
import { readNumbering } from './docx/numbering.ts';
import type { Context } from './docx/paragraphs.ts';
import { readStyles } from './docx/styles.ts';
import { attr, child, childElements, parseXml } from './docx/xml.ts';

/**
 * Reads a .docx: body paragraphs and tables in order, a blank line after each paragraph
 * (the shape of a source text exported from Word). Throws an ImportInputError naming the
 * file when the package is corrupt.
 */
export function readDocx(bytes: Uint8Array, file: string): SourceText {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (entry) => /^word\/(?:document|numbering|footnotes|styles)\.xml$/u.test(entry.name),
    });
  } catch (error) {
    throw new ImportInputError(
      file,
      `tệp Word bị hỏng, không giải nén được (${(error as Error).message})`,
      `the Word file is corrupt and cannot be unzipped (${(error as Error).message})`,
    );
  }
  const document = parts['word/document.xml'];
  if (!document) {
    throw new ImportInputError(
      file,
      'tệp Word bị hỏng: thiếu phần word/document.xml',
      'the Word file is corrupt: word/document.xml is missing',
    );
  }
  try {
    const footnotes = new Map<string, Element>();
    const footnotesXml = parts['word/footnotes.xml'];
    if (footnotesXml) {
      for (const note of childElements(parseXml(strFromU8(footnotesXml)), 'footnote'))
        footnotes.set(attr(note, 'id') ?? '', note);
    }
    const numberingXml = parts['word/numbering.xml'];
    const context: Context = {
      numbering: { levels: readNumbering(numberingXml && strFromU8(numberingXml)), counters: new Map() },
      footnotes,
      footnoteOrder: [],
      boxes: [],
      styles: readStyles(parts['word/styles.xml'] && strFromU8(parts['word/styles.xml'])),
    };
    const body = child(parseXml(strFromU8(document)), 'body');
    const lines = (body ? childElements(body) : []).flatMap((block) => blockLines(block, context, true));
    while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
    return { lines: lines.map((line) => line.normalize('NFC')), dropped: [] };
  } catch (error) {
    throw new ImportInputError(
      file,
      `tệp Word bị hỏng, nội dung XML không đọc được (${(error as Error).message})`,
      `the Word file is corrupt: its XML cannot be read (${(error as Error).message})`,
    );
  }
}
