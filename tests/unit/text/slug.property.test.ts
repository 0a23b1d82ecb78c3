import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldVietnamese, slugify } from '../../../src/lib/text/slug';
import {
  anyString,
  domainString,
  HUGE_TIMEOUT,
  hugeRuns,
  hugeString,
  normalForms,
  VIETNAMESE_LETTERS,
} from '../../helpers/arbitraries';

/**
 * Slugs and folded spellings: a plan's id and its province's filter value are made from
 * printed text (slugify), and search compares words without their marks (foldVietnamese).
 * Properties: a slug is lower-case ASCII words joined by single dashes, the same for every
 * normal form of the text and for the slug itself; folding removes every mark and đ.
 */

const word = fc
  .array(fc.constantFrom(...VIETNAMESE_LETTERS), { minLength: 1, maxLength: 7 })
  .map((letters) => letters.join(''));
const province = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
const text = fc.oneof(anyString, domainString(['Tỉnh ủy', 'Đảng bộ', 'Trà Vinh', 'KH/ĐUK', '34']), province);

describe('slugify, by property', () => {
  test('any text gives lower-case ASCII words joined by single dashes; slugify(slug) is the slug (5,000 runs)', () => {
    fc.assert(
      fc.property(text, (input) => {
        const slug = slugify(input);
        expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/u);
        expect(slugify(slug)).toBe(slug);
      }),
      { numRuns: 5000 },
    );
  });

  test('every normal form of a text gives the same slug (3,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(province, domainString(['Đảng', 'Ủy', 'Quảng Nam'])), (input) => {
        const slugs = new Set([input, input.normalize('NFC'), input.normalize('NFD')].map(slugify));
        expect(slugs.size).toBe(1);
      }),
      { numRuns: 3000 },
    );
  });

  test('Vietnamese words give one slug word each, none lost (3,000 runs)', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        expect(slugify(words.join(' ')).split('-')).toEqual(words.map((each) => foldVietnamese(each).toLowerCase()));
      }),
      { numRuns: 3000 },
    );
  });

  test('100,000-character texts are slugged in linear time (10 runs)', { timeout: HUGE_TIMEOUT }, () => {
    fc.assert(
      fc.property(hugeString(['Đ', 'ả', '-', ' ', '/', '-a', 'a\u0301']), (input) => {
        expect(slugify(input)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/u);
      }),
      hugeRuns(10),
    );
  });
});

describe('foldVietnamese, by property', () => {
  test('any text loses every combining mark and đ, and folds once for all (5,000 runs)', () => {
    fc.assert(
      fc.property(text, (input) => {
        const folded = foldVietnamese(input);
        expect(folded).not.toMatch(/[\p{M}đĐ]/u);
        expect(foldVietnamese(folded)).toBe(folded);
        for (const form of normalForms(input).slice(0, 3)) expect(foldVietnamese(form)).toBe(folded);
      }),
      { numRuns: 5000 },
    );
  });

  test('every Vietnamese letter, in either case, folds to one ASCII letter', () => {
    for (const letter of VIETNAMESE_LETTERS) expect(foldVietnamese(letter)).toMatch(/^[a-zA-Z]$/u);
  });
});
