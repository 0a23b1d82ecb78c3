/**
 * The reading text of an MDX body or a plain-text seed line: emphasis markers, escapes,
 * heading hashes and footnote markers removed, whitespace collapsed. Used to check that
 * quotes occur verbatim and that rendered pages keep every sentence of their source.
 */
export function plainText(markdown: string): string {
  // Each pattern runs only when its marker occurs: this runs on every paragraph of every
  // plan, and most rendered paragraphs contain none of them.
  let text = markdown;
  if (text.includes('[^')) text = text.replace(/^\[\^\d+\]:\s*/gmu, '').replace(/\[\^\d+\]/gu, '');
  if (text.includes('⁽')) text = text.replace(/[⁽][⁰¹²³⁴⁵⁶⁷⁸⁹]+[⁾]/gu, '');
  if (text.includes('#')) text = text.replace(/^#{1,6}\s+/gmu, '');
  if (text.includes('\\')) text = text.replace(/\\([\\`*_{}[\]()#+\-.!<>|])/gu, '$1');
  if (text.includes('*')) text = text.replace(/\*+/gu, '');
  // \s includes the no-break space. Most paragraphs hold single spaces only: nothing to collapse.
  return /[^\S ]| {2}/u.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/**
 * Case and mark-up folded away, for matching names in text: a topic's title or aliases in a
 * paragraph (the topic hub) and the build's check that every alias is printed somewhere.
 */
export function foldForMatch(text: string): string {
  return plainText(text).toLocaleLowerCase('vi').replace(/\s+/gu, ' ');
}
