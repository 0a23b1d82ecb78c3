import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { plainText } from '../../src/lib/text/plain-text';
import { dist, readDist, requireBuilt } from '../helpers/dist';
import { readPlanSources, sourcesDir } from '../helpers/plans';

/** Lines of the seed that are layout, not text: the "*" under the issuer and the "-----" rule. */
const DECORATION = /^(\*|-{3,})$/u;
const plans = readPlanSources();

/** Reading text of a rendered element, without footnote reference numbers and back-links. */
function renderedText(element: HTMLElement): string {
  const copy = parse(element.outerHTML);
  for (const node of copy.querySelectorAll('[data-footnote-ref], [data-footnote-backref], #footnote-label')) {
    node.remove();
  }
  // Block elements are separated by newlines so that words of adjacent blocks never fuse.
  return copy
    .querySelectorAll('p, h1, h2, h3, h4, h5, h6, li')
    .map((node) => plainText(node.text))
    .join('\n');
}

describe.each(plans)('$id keeps every sentence of its seed', ({ id, frontmatter }) => {
  const rawSeed = readFileSync(path.join(sourcesDir, frontmatter.source.file), 'utf8')
    .split('\n')
    .slice(0, frontmatter.source.lastLine)
    .filter((line) => plainText(line) && !DECORATION.test(plainText(line)));
  const seed = rawSeed.map(plainText);
  const html = parse(readDist(requireBuilt(dist), `ke-hoach/${id}/index.html`));
  const article = html.querySelector('article.document');

  test('the page has the document', () => {
    expect(article).not.toBeNull();
    expect(seed.length).toBeGreaterThan(20);
  });

  test('every line of the seed up to the attachments is on the page, unchanged', () => {
    const text = renderedText(article!).replace(/\n/gu, ' ');
    const missing = seed.filter((line) => !text.includes(line));
    expect(missing).toEqual([]);
  });

  test('the body adds nothing that is not in the seed', () => {
    // Footnotes sit at the foot of a source page, in the middle of running text; the plan
    // renders them at the end. A page break inside a number ("số 21-" / "CT/TW") is
    // joined without a space.
    const isFootnote = (line: string) => /^⁽/u.test(line);
    const ordered = [...rawSeed.filter((line) => !isFootnote(line)), ...rawSeed.filter(isFootnote)];
    const seedText = ordered
      .map(plainText)
      .filter(Boolean)
      .join('\n')
      .replace(/(\d-)\n/gu, '$1')
      .replace(/\n/gu, ' ');
    const body = article!.querySelector('.doc-body')!;
    const blocks = renderedText(body).split('\n').filter(Boolean);
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks.filter((block) => !seedText.includes(block))).toEqual([]);
  });
});
