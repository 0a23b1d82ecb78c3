import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  documentNumberSpellings,
  foldedDWords,
  HIGHLIGHT_PARAM,
  highlightUrl,
  normaliseQuery,
} from '../../../src/lib/search/terms';
import { dateSpellings } from '../../../src/lib/search/names';
import { excerpt, findMatches } from '../../../src/lib/search/phrase';
import { matchText } from '../../../src/lib/search/rank';
import { DOCUMENT_TYPES, ISSUER_NAMES } from '../../../src/lib/plans/document-number';
import { foldVietnamese } from '../../../src/lib/text/slug';
import { formatVietnameseDate, toIsoDate } from '../../../src/lib/text/vietnamese-date';
import { searchQuery } from '../../../src/client/search/query';
import { QUERY_PARAM } from '../../../src/lib/search/page';
import {
  anyString,
  domainString,
  HUGE_TIMEOUT,
  hugeRuns,
  hugeString,
  PROTOTYPE_KEYS,
  slot,
  VIETNAMESE_LETTERS,
  WHITESPACE,
} from '../../helpers/arbitraries';

/**
 * What a reader types into search, and what the search page and the pages it opens make of
 * it: the query rewriting (normaliseQuery), the highlight parameter, the phrase marking.
 * Properties: never an exception; the rewriting is idempotent and gives NFC text with
 * single spaces; every spelling of a date or a document number becomes the one the index
 * holds; the marks are ordered ranges of the text.
 */

const TYPE_CODES = Object.keys(DOCUMENT_TYPES);
const ISSUER_CODES = Object.keys(ISSUER_NAMES);
const QUERY_WORDS = [
  ...TYPE_CODES,
  ...ISSUER_CODES,
  ...TYPE_CODES.map((code) => foldVietnamese(code).toLowerCase()),
  ...ISSUER_CODES.map((code) => foldVietnamese(code).toLowerCase()),
  ...PROTOTYPE_KEYS,
  'kế hoạch',
  'ke hoach',
  'KẾ HOẠCH',
  'kh',
  'so',
  'số',
  '2021',
  '1890',
  'đại đoàn kết',
  'mau 03',
  '2/9',
  '19-5',
];
const digits = fc.stringMatching(/^\d{1,6}$/u);
const space = fc.constantFrom(' ', '  ', '\u00a0', '\t');
const folded = (codes: readonly string[]) =>
  fc.constantFrom(...codes.flatMap((code) => [code, code.toLowerCase(), foldVietnamese(code).toLowerCase()]));
const join = (pieces: readonly string[]) => pieces.join('');
/** What the rewriting reads, each part right or wrong: a number, a plan's serial, a date. */
const rewritable = fc.oneof(
  fc
    .tuple(
      slot(digits, fc.constantFrom('', 'x', '٣')),
      slot(fc.constantFrom(' ', '-', ' - '), fc.constantFrom('', '/', '\u200b')),
      slot(folded(TYPE_CODES), fc.constantFrom('', 'khx', 'k', ...PROTOTYPE_KEYS)),
      slot(fc.constantFrom(' ', '/', ' / '), fc.constantFrom('', '-', '\u0301')),
      slot(folded(ISSUER_CODES), fc.constantFrom('', 'tux', 'vp.', 'đ\u0301uk')),
    )
    .map(join),
  fc
    .tuple(
      slot(
        fc.constantFrom('kế hoạch', 'ke hoach', 'KẾ HOẠCH', 'kh', 'KH'),
        fc.constantFrom('khoa', 'ke', 'kế hoạch'.normalize('NFD')),
      ),
      slot(fc.constantFrom(' ', ' so ', ' số ', ''), fc.constantFrom('-', ' số', '/')),
      slot(digits, fc.constantFrom('2021', '1999', 'x', '')),
    )
    .map(join),
  fc
    .tuple(
      slot(fc.integer({ min: 1, max: 31 }).map(String), fc.constantFrom('', '001', '٣')),
      slot(fc.constantFrom('/', '-'), fc.constantFrom('.', ' ', '／')),
      slot(fc.integer({ min: 1, max: 12 }).map(String), fc.constantFrom('', '123')),
      fc.constantFrom('', '/2021', '-2022', '/21', '/20211'),
    )
    .map(join),
);
/** A query holding one rewritable part among words and spaces of any kind. */
const queryShaped = fc
  .tuple(fc.constantFrom('', 'tìm ', 'mau '), space, rewritable, space, fc.constantFrom('', 'tra vinh', 'x', '2021'))
  .map(join);
const query = fc.oneof(anyString, domainString(QUERY_WORDS), queryShaped, queryShaped);

describe('normaliseQuery, by property', () => {
  test('any query gives NFC text with single spaces, the same when rewritten again (5,000 runs)', () => {
    fc.assert(
      fc.property(query, (typed) => {
        const once = normaliseQuery(typed);
        expect(once).toBe(once.normalize('NFC'));
        expect(once).toBe(once.trim());
        expect(once).not.toMatch(/\s\s|[^\S ]/u);
        expect(normaliseQuery(once)).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });

  test('a query typed decomposed (NFD) is rewritten as typed composed (3,000 runs)', () => {
    fc.assert(
      fc.property(query, (typed) => {
        expect(normaliseQuery(typed.normalize('NFD'))).toBe(normaliseQuery(typed.normalize('NFC')));
      }),
      { numRuns: 3000 },
    );
  });

  test('a day and month typed any way is searched as dd/mm(/yyyy), as printed (3,000 runs)', () => {
    const day = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 12 }),
      year: fc.option(fc.integer({ min: 1000, max: 9999 }), { nil: null }),
    });
    const space = fc.array(fc.constantFrom(...WHITESPACE), { maxLength: 2 }).map((chosen) => chosen.join(''));
    fc.assert(
      fc.property(day, fc.constantFrom('/', '-'), space, space, ({ day: d, month, year }, separator, before, after) => {
        const dayMonth = `${String(d).padStart(2, '0')}/${String(month).padStart(2, '0')}`;
        for (const spelling of dateSpellings(d, month, year)) {
          const expected = spelling.split('/').length === 3 ? `${dayMonth}/${year}` : dayMonth;
          expect(normaliseQuery(`${before}${spelling.replaceAll('/', separator)}${after}`)).toBe(expected);
        }
        if (year) expect(normaliseQuery(formatVietnameseDate(toIsoDate(year, month, d)))).toBe(`${dayMonth}/${year}`);
      }),
      { numRuns: 3000 },
    );
  });

  test('a document number typed with or without marks, in any case, becomes the printed number (3,000 runs)', () => {
    const number = fc.record({
      serial: fc.stringMatching(/^\d{1,5}$/u),
      type: fc.constantFrom(...TYPE_CODES),
      issuer: fc.constantFrom(...ISSUER_CODES),
    });
    const spelling = fc.constantFrom('printed', 'folded', 'spaced', 'lower');
    fc.assert(
      fc.property(number, spelling, ({ serial, type, issuer }, how) => {
        const printed = `${serial}-${type}/${issuer}`;
        const typed = {
          printed,
          folded: `${serial}-${foldVietnamese(type)}/${foldVietnamese(issuer)}`,
          spaced: `${serial} ${foldVietnamese(type).toLowerCase()} ${foldVietnamese(issuer).toLowerCase()}`,
          lower: `${serial}-${type.toLowerCase()}/${issuer.toLowerCase()}`,
        }[how];
        expect(normaliseQuery(typed)).toBe(printed);
        expect(normaliseQuery(`tìm ${typed} mới`)).toBe(`tìm ${printed} mới`);
        // The index's own spellings with a dash and a slash ("34-KH/DUK") are the number too.
        for (const other of documentNumberSpellings(printed).filter((each) => each.includes('/')))
          expect(normaliseQuery(other)).toBe(printed);
      }),
      { numRuns: 3000 },
    );
  });

  test('"kế hoạch 34" typed any way becomes KH34, a year stays a year (3,000 runs)', () => {
    const lead = fc.constantFrom('kế hoạch', 'ke hoach', 'KẾ HOẠCH', 'kh', 'KH', 'kế hoạch số', 'ke hoach so', 'kh so');
    fc.assert(
      fc.property(lead, fc.integer({ min: 1, max: 99_999 }), fc.boolean(), (words, serial, joined) => {
        const typed = `${words}${joined && words.length === 2 ? '' : ' '}${serial}`;
        const year = /^(?:19|20)\d\d$/u.test(String(serial));
        expect(normaliseQuery(typed)).toBe(year ? typed : `KH${serial}`);
      }),
      { numRuns: 3000 },
    );
  });

  test('100,000-character queries are rewritten in linear time (20 runs)', { timeout: HUGE_TIMEOUT }, () => {
    const pieces = ['34', ' ', 'kh', 'duk', '-', '/', 'ke hoach ', 'so ', '1', 'a', '\u00a0', '.'];
    fc.assert(
      fc.property(hugeString(pieces), (typed) => {
        expect(normaliseQuery(typed).length).toBeLessThanOrEqual(typed.length);
      }),
      hugeRuns(20),
    );
  });
});

describe('the highlight parameter, by property', () => {
  test('highlightUrl carries any query to the page, before its #anchor (5,000 runs)', () => {
    const path = fc.constantFrom('/ke-hoach/tra-vinh-34-kh-duk/', '/so-tay/bieu-mau/mau-01/', '/tim-kiem/?q=x');
    const anchor = fc.constantFrom('', '#doan-3', '#muc-1-2');
    fc.assert(
      fc.property(path, anchor, query, (page, hash, typed) => {
        const url = new URL(highlightUrl(`${page}${hash}`, typed), 'https://example.org');
        expect(url.hash).toBe(hash);
        // A lone surrogate cannot travel in a URL: it arrives as U+FFFD, as a browser sends it.
        expect(url.searchParams.get(HIGHLIGHT_PARAM)).toBe(typed.trim() ? typed.trim().toWellFormed() : null);
      }),
      { numRuns: 5000 },
    );
  });

  test('the search page’s own URL carries the words typed back (3,000 runs)', () => {
    fc.assert(
      fc.property(query, (typed) => {
        const words = new URLSearchParams(searchQuery(typed, {})).get(QUERY_PARAM);
        expect(words).toBe(typed.trim() ? typed.trim().toWellFormed() : null);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('folded spellings and phrase marks, by property', () => {
  test('foldedDWords gives sorted, distinct words without đ or marks (3,000 runs)', () => {
    const text = fc.oneof(
      anyString,
      fc.string({ unit: fc.constantFrom(...VIETNAMESE_LETTERS, ' ', 'đ', 'Đ'), size: 'medium' }),
    );
    fc.assert(
      fc.property(text, (page) => {
        const words = foldedDWords(page);
        expect(words).toEqual([...new Set(words)].sort());
        for (const word of words) expect(word).not.toMatch(/[đĐ\p{M}]/u);
      }),
      { numRuns: 3000 },
    );
  });

  test('matchText is idempotent and gives padded lower-case ASCII words (3,000 runs)', () => {
    fc.assert(
      fc.property(query, (text) => {
        const once = matchText(text);
        expect(once).toMatch(/^ (?:[a-z0-9]+(?: [a-z0-9]+)*)? $/u);
        expect(matchText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  test('findMatches marks ordered, separate ranges of the text; excerpt quotes the text (3,000 runs)', () => {
    const words = fc.string({
      unit: fc.constantFrom(...VIETNAMESE_LETTERS, ' ', '.', '-', '/', '1', '0'),
      size: 'medium',
    });
    fc.assert(
      fc.property(fc.oneof(words, anyString), fc.oneof(words, query), (text, typed) => {
        const { ranges, longest } = findMatches(text, typed);
        let previous = 0;
        for (const [start, end] of ranges) {
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          previous = end;
        }
        // A run of the query's words is at most all of them (words as src/lib/search/phrase.ts reads them).
        expect(longest).toBeLessThanOrEqual([...typed.matchAll(/[\p{L}\p{N}]+/gu)].length);
        for (const piece of excerpt(text, typed)) {
          if (piece.mark) expect(text).toContain(piece.text);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test(
    'a 100,000-character page is marked in linear time for a short query (10 runs)',
    { timeout: HUGE_TIMEOUT },
    () => {
      const pieces = ['đại ', 'đoàn ', 'kết', ' ', '.', '34-KH/ĐUK', '02/9', 'a'];
      fc.assert(
        fc.property(hugeString(pieces), fc.constantFrom('dai doan ket', '34 kh', '2/9', 'đoàn kết'), (text, typed) => {
          expect(findMatches(text, typed).ranges.length).toBeLessThanOrEqual(text.length);
          expect(excerpt(text, typed).length).toBeGreaterThan(0);
        }),
        hugeRuns(5),
      );
    },
  );
});
