import type { SourceText } from './types.ts';

/**
 * The reader of .txt and .md files: the text itself, in NFC (the form the site compares
 * text in), its lines as they are. Nothing is dropped: a plain text has no page furniture.
 */
export function readText(bytes: Uint8Array): SourceText {
  const text = new TextDecoder('utf-8')
    .decode(bytes)
    .replace(/^\uFEFF/u, '')
    .normalize('NFC');
  const lines = text.split(/\r\n|\r|\n/u);
  // A final newline does not make a line.
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return { lines, dropped: [] };
}
