import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  htmlTitle,
  parseRecord,
  parseSearchFiles,
  recordPage,
  serializeRecord,
  type SavedRecord,
} from '../../../src/lib/offline/saved';
import { anyString, HUGE_TIMEOUT, hugeRuns, hugeString, textOf } from '../../helpers/arbitraries';

/**
 * What the saved-pages list reads back from the browser's caches, which other code, an
 * older version of the site or a full disk may have left in any state: the records of
 * saved items, the search files list, the keys, and the titles of cached pages.
 * Properties: never an exception, values of the declared type, records read back whole.
 */

const record: fc.Arbitrary<SavedRecord> = fc.record({
  title: anyString.filter((title) => title.trim() !== ''),
  urls: fc.array(
    anyString.map((url) => `/${url}`),
    { minLength: 1, maxLength: 5 },
  ),
  savedAt: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
});
const stored = fc.oneof(
  anyString,
  fc.json({ maxDepth: 3 }),
  record.map(serializeRecord),
  record.map((saved) => JSON.stringify({ ...saved, urls: saved.urls.map((url) => url.slice(1)) })),
);
const HTML_WORDS = [
  '<title>',
  '</title>',
  '<TITLE lang="vi">',
  '<title',
  '>',
  '&#x',
  '&#',
  '1F600',
  '110000',
  '99999999',
  ';',
  '&amp;',
  '&lt;',
  'Kế hoạch',
  ' ',
  '\n',
];

describe('the saved pages’ records, by property', () => {
  test('parseRecord reads any stored text as a record or null (5,000 runs)', () => {
    fc.assert(
      fc.property(stored, (text) => {
        const read = parseRecord(text);
        if (read) {
          expect(read.title.trim()).not.toBe('');
          expect(read.urls.length).toBeGreaterThan(0);
          for (const url of read.urls) expect(url.startsWith('/')).toBe(true);
          expect(Number.isNaN(Date.parse(read.savedAt))).toBe(false);
        }
      }),
      { numRuns: 5000 },
    );
  });

  test('parseRecord(serializeRecord(record)) is the record (3,000 runs)', () => {
    fc.assert(
      fc.property(record, (saved) => {
        expect(parseRecord(serializeRecord(saved))).toEqual(saved);
      }),
      { numRuns: 3000 },
    );
  });

  test('parseSearchFiles and recordPage read any value, never throwing (3,000 runs)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), anyString, anyString, (value, key, scope) => {
        const files = parseSearchFiles(value);
        if (files) expect(files.files.every((file) => file.startsWith('/'))).toBe(true);
        const page = recordPage(key, scope);
        expect(page === null || typeof page === 'string').toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('htmlTitle, by property', () => {
  test('reads any HTML as a title or null, never throwing (5,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, textOf(HTML_WORDS, 30)), (html) => {
        const title = htmlTitle(html);
        if (title !== null) expect(title).toBe(title.trim());
      }),
      { numRuns: 5000 },
    );
  });

  test('a title written with entities reads back as written, its white space collapsed (3,000 runs)', () => {
    const escape = (text: string) =>
      text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
    const collapsed = (text: string) => text.replace(/\s+/gu, ' ').trim();
    fc.assert(
      fc.property(
        anyString.filter((title) => collapsed(title) !== ''),
        (title) => {
          expect(htmlTitle(`<html><head><title>${escape(title)}</title></head></html>`)).toBe(collapsed(title));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('100,000 characters of HTML are read in linear time (10 runs)', { timeout: HUGE_TIMEOUT }, () => {
    fc.assert(
      fc.property(hugeString(['<title', '<title>', '<', 'a', ' ', '&#1', ';', '</titl']), (html) => {
        expect(htmlTitle(html)?.length ?? 0).toBeLessThanOrEqual(html.length);
      }),
      hugeRuns(10),
    );
  });
});
