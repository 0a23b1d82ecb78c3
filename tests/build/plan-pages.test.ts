import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { parsePlaceDateLine, formatVietnameseDate } from '../../src/lib/text/vietnamese-date';
import { plainText } from '../../src/lib/text/plain-text';
import { dist, readDist, requireBuilt } from '../helpers/dist';
import { readPlanSources } from '../helpers/plans';

const plans = readPlanSources();

test('all five plans of the seeds are on the site', () => {
  expect(plans.map((plan) => plan.frontmatter.number).sort()).toEqual(
    ['147-KH/TU', '28-KH/ĐUK', '34-KH/ĐUK', '43-KH/ĐUK', '59-KH/ĐUK'].sort(),
  );
});

describe.each(plans)('plan page $id', ({ id, frontmatter }) => {
  const html = parse(readDist(requireBuilt(dist), `ke-hoach/${id}/index.html`));

  test('shows its number, title and date (or says it has none)', () => {
    const heading = plainText(html.querySelector('h1')!.text);
    expect(heading).toContain(plainText(frontmatter.title));
    const meta = plainText(html.querySelector('.plan-meta')!.text);
    expect(meta).toContain(frontmatter.number);
    if (frontmatter.dateLine) {
      expect(meta).toContain(formatVietnameseDate(parsePlaceDateLine(frontmatter.dateLine).iso));
      expect(plainText(html.querySelector('.doc-header__date')!.text)).toBe(plainText(frontmatter.dateLine));
    } else {
      expect(meta).toContain('Không ghi ngày');
      expect(html.querySelector('.doc-header__date')).toBeNull();
    }
    expect(html.querySelector('title')!.text).toContain(frontmatter.number);
  });

  test('gives every section and paragraph of the body a unique id', () => {
    const blocks = html.querySelectorAll(
      '.doc-body > p, .doc-body > h2, .doc-body > h3, .doc-body > h4, .doc-body > h5',
    );
    expect(blocks.length).toBeGreaterThan(10);
    const ids = blocks.map((block) => block.id);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('lists its misprints as "Ghi chú biên tập" when it has any', () => {
    const notes = frontmatter.editorialNotes ?? [];
    const section = html.querySelector('#ghi-chu-bien-tap');
    if (notes.length === 0) expect(section).toBeNull();
    else {
      expect(section!.text).toBe('Ghi chú biên tập');
      expect(html.querySelectorAll('.editorial-notes li')).toHaveLength(notes.length);
    }
  });
});
