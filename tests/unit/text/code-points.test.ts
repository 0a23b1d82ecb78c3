import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { codePoints, lookAlikeHint, lookAlikes, notOneOf } from '../../../src/lib/text/code-points';

const composed = 'tỉnh';
const decomposed = composed.normalize('NFD');

describe('code points in messages that quote values', () => {
  test('codePoints spells every character, astral ones whole', () => {
    expect(codePoints(composed)).toBe('U+0074 U+1EC9 U+006E U+0068');
    expect(codePoints(decomposed)).toBe('U+0074 U+0069 U+0309 U+006E U+0068');
    expect(codePoints('a\u00a0😀')).toBe('U+0061 U+00A0 U+1F600');
  });

  test('a look-alike value that is not allowed shows how it differs from the value it looks like', () => {
    expect(notOneOf(decomposed, ['tỉnh', 'thành phố'])).toBe(
      `"${decomposed}" (U+0074 U+0069 U+0309 U+006E U+0068) is not one of "tỉnh" (U+0074 U+1EC9 U+006E U+0068), ` +
        '"thành phố" (U+0074 U+0068 U+00E0 U+006E U+0068 U+0020 U+0070 U+0068 U+1ED1)',
    );
    // A Cyrillic і under the hook: no composed letter exists, so NFC leaves it as typed.
    expect(notOneOf('t\u0456\u0309nh', ['theme'])).toBe(
      '"tі̉nh" (U+0074 U+0456 U+0309 U+006E U+0068) is not one of "theme" (U+0074 U+0068 U+0065 U+006D U+0065)',
    );
  });

  test('plain ASCII values are quoted as they are; a missing or non-text value is said so', () => {
    expect(notOneOf('thme', ['theme', 'national'])).toBe('"thme" is not one of "theme", "national"');
    expect(notOneOf(undefined, ['a', 'b'])).toBe('required: one of "a", "b"');
    expect(notOneOf(3, ['a'])).toBe('3 is not one of "a"');
  });

  test('whenever two different strings are quoted with code points, the code points differ', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        fc.pre(a !== b);
        expect(codePoints(a)).not.toBe(codePoints(b));
      }),
    );
  });

  test('lookAlikes finds names that differ only in tone placement, case or Unicode form', () => {
    const listed = ['Khánh Hòa', 'Trà Vinh', 'Hà Nội'];
    expect(lookAlikes('Khánh Hoà', listed)).toEqual(['Khánh Hòa']);
    expect(lookAlikes('trà vinh', listed)).toEqual(['Trà Vinh']);
    expect(lookAlikes('Long An', listed)).toEqual([]);
    expect(lookAlikes('Trà Vinh', listed)).toEqual([]);
    expect(lookAlikeHint('Khánh Hoà', listed)).toBe(
      ' ("Khánh Hoà" (U+004B U+0068 U+00E1 U+006E U+0068 U+0020 U+0048 U+006F U+00E0) looks like ' +
        '"Khánh Hòa" (U+004B U+0068 U+00E1 U+006E U+0068 U+0020 U+0048 U+00F2 U+0061), but is written differently)',
    );
    expect(lookAlikeHint('Long An', listed)).toBe('');
  });
});
