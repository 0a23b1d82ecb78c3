import fc from 'fast-check';

/**
 * Inputs for the property-based tests of the parsers that read outside text
 * (tests/unit/**\/*.property.test.ts): any Unicode, the characters of the domain (digits,
 * separators, Vietnamese letters composed and decomposed), the characters that look like
 * them or cannot be seen, and strings of 100,000 characters and more.
 */

/** Every character JavaScript's \s and String.prototype.trim treat as white space. */
export const WHITESPACE = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u00a0',
  '\u1680',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];

/** Invisible characters that are not white space: zero-width space and joiners, soft hyphen, word joiner… */
export const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\u180e', '\u034f', '\u061c', '\u200e'];

/**
 * Characters that look like the domain's own: Đ's look-alikes (Ð eth, Ɖ African D), dashes
 * and slashes of other blocks, full-width and other scripts' digits, Cyrillic and Greek
 * capitals shaped like Latin ones, the Kelvin sign, the dotted capital I.
 */
export const LOOK_ALIKES = [
  'Ð',
  'ð',
  'Ɖ',
  'ɖ',
  '\u2010',
  '\u2011',
  '\u2012',
  '–',
  '—',
  '−',
  '﹣',
  '－',
  '⁄',
  '∕',
  '／',
  '⧸',
  '０',
  '３',
  '٣',
  '۴',
  '߁',
  '৪',
  '𝟑',
  'К',
  'Н',
  'Т',
  'С',
  'В',
  'У',
  'Κ',
  'Τ',
  '\u212a',
  'İ',
  'ı',
  'ſ',
];

const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const VOWELS = ['a', 'a\u0306', 'a\u0302', 'e', 'e\u0302', 'i', 'o', 'o\u0302', 'o\u031b', 'u', 'u\u031b', 'y'];
const CONSONANTS = [...'bcdđghklmnpqrstvx'];
const lower = [...VOWELS.flatMap((vowel) => TONES.map((tone) => `${vowel}${tone}`.normalize('NFC'))), ...CONSONANTS];

/** The Vietnamese alphabet with every tone, lower and upper case, composed (NFC). */
export const VIETNAMESE_LETTERS = [...lower, ...lower.map((letter) => letter.toLocaleUpperCase('vi'))];

/** The same letters decomposed (NFD), as some systems type them. */
export const VIETNAMESE_LETTERS_NFD = VIETNAMESE_LETTERS.map((letter) => letter.normalize('NFD'));

export const DIGITS = [...'0123456789'];

/** A string of pieces taken from `pieces` (characters or whole words), up to `maxPieces` of them. */
export function textOf(pieces: readonly string[], maxPieces = 60): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...pieces), { maxLength: maxPieces, size: 'max' }).map((chosen) => chosen.join(''));
}

/** Any UTF-16 code unit, lone surrogates included (fast-check's 'binary' unit leaves them out). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/**
 * Any string: graphemes of all of Unicode, any code point, raw UTF-16 code units (lone
 * surrogates included), ASCII, and long ones (the size "large" reaches a thousand units).
 */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', size: 'medium' }),
  fc.string({ unit: 'grapheme-composite', size: 'medium' }),
  fc.string({ unit: 'binary', size: 'medium' }),
  fc.string({ unit: codeUnit, size: 'medium' }),
  fc.string({ unit: 'binary', size: 'large' }),
  fc.string({ unit: 'grapheme-ascii', size: 'medium' }),
  fc.constant(''),
);

/** A string in the domain's alphabet: its words and separators, plus anything from `anyString`'s units. */
export function domainString(words: readonly string[], maxPieces = 40): fc.Arbitrary<string> {
  const pieces = [
    ...words,
    ...DIGITS,
    '-',
    '/',
    '.',
    ',',
    '(',
    ')',
    ...WHITESPACE,
    ...ZERO_WIDTH,
    ...LOOK_ALIKES,
    ...VIETNAMESE_LETTERS,
    ...VIETNAMESE_LETTERS_NFD,
  ];
  return fc.oneof(
    { weight: 3, arbitrary: textOf(words.length > 0 ? [...words, ' ', '-', '/', ...DIGITS] : DIGITS, maxPieces) },
    { weight: 3, arbitrary: textOf(pieces, maxPieces) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...pieces), size: 'medium' }) },
  );
}

/**
 * A valid input changed a little: a piece inserted, removed or replaced at some place, a
 * few times; the near misses a parser must still turn down or read the same way.
 */
export function mutated(valid: fc.Arbitrary<string>, pieces: readonly string[]): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('insert', 'delete', 'replace'),
    piece: fc.constantFrom(...pieces),
  });
  return fc.tuple(valid, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([text, edits]) =>
    edits.reduce((current, { at, kind, piece }) => {
      const i = current.length === 0 ? 0 : at % (current.length + 1);
      const rest = kind === 'insert' ? current.slice(i) : current.slice(i + 1);
      return `${current.slice(0, i)}${kind === 'delete' ? '' : piece}${rest}`;
    }, text),
  );
}

/**
 * One slot of a shaped input (a number's type code, a draft's version): a right value three
 * times in four, else a wrong one, so that about a third of the inputs built of several
 * slots are valid and the rest miss in one place or more.
 */
export function slot<T>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ weight: 3, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

/** The length the huge inputs have at least. */
export const HUGE = 100_000;

/**
 * The time a test of huge inputs may take. A linear parser reads them all in well under a
 * second; one that backtracks quadratically takes minutes on 100,000 characters, so a
 * regression shows as this timeout rather than as a timed assertion.
 */
export const HUGE_TIMEOUT = 30_000;

/**
 * fc.assert's parameters for huge inputs: `numRuns` of them, and a failure that quotes the
 * counter-example's first and last characters, not all 100,000 of them.
 */
export function hugeRuns<T>(numRuns: number): fc.Parameters<T> {
  const clip = (text: string) =>
    text.length > 200 ? `${text.slice(0, 100)}…(${text.length})…${text.slice(-100)}` : text;
  return {
    numRuns,
    reporter: (details) => {
      if (!details.failed) return;
      const example = JSON.stringify(details.counterexample);
      throw new Error(`Property failed on ${clip(example)}: ${clip(String(details.errorInstance))}`);
    },
  };
}

/**
 * A string of 100,000 to 120,000 UTF-16 units made of a short unit repeated (sometimes cut in
 * the middle of a surrogate pair), with a random head and tail: the shape that makes a
 * backtracking regular expression take quadratic or exponential time.
 */
export function hugeString(pieces: readonly string[]): fc.Arbitrary<string> {
  const unit = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }).map((chosen) => chosen.join(''));
  return fc
    .tuple(
      fc.string({ maxLength: 20 }),
      unit,
      fc.integer({ min: HUGE, max: HUGE + 20_000 }),
      fc.string({ maxLength: 20 }),
    )
    .map(([head, repeated, length, tail]) => {
      const body = repeated.repeat(Math.ceil(length / repeated.length)).slice(0, length);
      return `${head}${body}${tail}`;
    });
}

/** The same text in the normal forms a browser or a file may hand over. */
export const normalForms = (text: string): string[] => [
  text,
  text.normalize('NFC'),
  text.normalize('NFD'),
  text.normalize('NFKC'),
  text.normalize('NFKD'),
];

/**
 * Names every plain object inherits ("constructor", "toString", "__proto__"…): a parser that
 * looks a word up in an object literal must not find them there.
 */
export const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);

/**
 * What a parser that throws on bad input did with `input`: its value, or the error it threw.
 * Only a plain Error is a rejection; a TypeError, RangeError… is a crash, and fails the test.
 */
export function valueOrRejection<T>(parse: () => T): { value: T } | { rejected: Error } {
  try {
    return { value: parse() };
  } catch (error) {
    if (!(error instanceof Error) || Object.getPrototypeOf(error) !== Error.prototype) throw error;
    return { rejected: error };
  }
}
