/**
 * The reading text of an MDX body or a plain-text seed line: emphasis markers, escapes,
 * heading hashes and footnote markers removed, whitespace collapsed. Used to check that
 * quotes occur verbatim and that rendered pages keep every sentence of their source.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^\[\^\d+\]:\s*/gmu, '')
    .replace(/\[\^\d+\]/gu, '')
    .replace(/[⁽][⁰¹²³⁴⁵⁶⁷⁸⁹]+[⁾]/gu, '')
    .replace(/^#{1,6}\s+/gmu, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|])/gu, '$1')
    .replace(/\*+/gu, '')
    .replace(/[\s\u00a0]+/gu, ' ')
    .trim();
}
