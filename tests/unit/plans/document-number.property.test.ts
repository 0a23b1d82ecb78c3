import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  DOCUMENT_TYPES,
  ISSUER_NAMES,
  issuerName,
  parseDocumentNumber,
  type DocumentNumber,
  type DocumentTypeCode,
} from '../../../src/lib/plans/document-number';
import { readNumber } from '../../../src/lib/import/header';
import {
  anyString,
  domainString,
  HUGE_TIMEOUT,
  hugeRuns,
  hugeString,
  LOOK_ALIKES,
  mutated,
  PROTOTYPE_KEYS,
  slot,
  valueOrRejection,
  WHITESPACE,
  ZERO_WIDTH,
} from '../../helpers/arbitraries';

/**
 * Document numbers ("34-KH/ĐUK") come from frontmatter, from the importer's reading of a
 * received file's header, and from what a reader types into search. Properties: any string
 * is read or turned down with the parser's plain Error, never a crash; what is read prints
 * back as the input; parts printed are read back as the same parts.
 */

const TYPE_CODES = Object.keys(DOCUMENT_TYPES) as DocumentTypeCode[];
const ISSUER_CODES = Object.keys(ISSUER_NAMES);

/** The number as the site prints it, from its parts. */
const print = (number: Pick<DocumentNumber, 'serial' | 'typeCode' | 'issuerCode'>) =>
  `${number.serial}-${number.typeCode}/${number.issuerCode}`;

/** Checks a parse result against the declared type and the printed input. */
function expectWellFormed(input: string): void {
  const outcome = valueOrRejection(() => parseDocumentNumber(input));
  if ('rejected' in outcome) {
    expect(outcome.rejected.message).toContain('document');
    return;
  }
  const { value } = outcome;
  expect(Object.keys(value).sort()).toEqual(['issuerCode', 'raw', 'serial', 'typeCode', 'typeName']);
  expect(value.raw).toBe(input);
  expect(value.serial).toMatch(/^\d{1,5}$/u);
  expect(Object.hasOwn(DOCUMENT_TYPES, value.typeCode)).toBe(true);
  expect(value.typeName).toBe(DOCUMENT_TYPES[value.typeCode]);
  expect(typeof value.issuerCode).toBe('string');
  // format(parse(x)) == x: nothing of the input is dropped or changed.
  expect(print(value)).toBe(input);
}

const serial = fc.stringMatching(/^\d{1,5}$/u);
const issuer = fc.oneof(
  fc.constantFrom(...ISSUER_CODES),
  fc.stringMatching(/^[A-ZĐ][A-Za-zĐđ]{0,5}(?:\.[A-ZĐ][A-Za-zĐđ]{0,5}){0,2}$/u),
);
const parts = fc.record({ serial, typeCode: fc.constantFrom(...TYPE_CODES), issuerCode: issuer });
const validNumber = parts.map(print);
const NUMBER_WORDS = [...TYPE_CODES, ...ISSUER_CODES, ...PROTOTYPE_KEYS, 'Số', 'VP', 'kh', 'duk'];
const NEAR_MISS_PIECES = [...NUMBER_WORDS, '-', '/', '.', ...WHITESPACE, ...ZERO_WIDTH, ...LOOK_ALIKES];
/** Any word where a code goes: a code, a code in other case or without its Đ, a prototype name, a look-alike. */
const codeLike = (codes: readonly string[]) =>
  slot(
    fc.constantFrom(...codes),
    fc.oneof(
      fc.constantFrom(...codes.flatMap((code) => [code.toLowerCase(), code.toUpperCase(), code.replace(/Đ/gu, 'D')])),
      fc.constantFrom(...PROTOTYPE_KEYS),
      fc.constantFrom(...LOOK_ALIKES, ...ZERO_WIDTH, ''),
    ),
  );
/** Number-shaped strings: each slot holds a right or a wrong value, separators included. */
const numberShaped = fc
  .tuple(
    slot(serial, fc.constantFrom('', '０３', '٣', '123456', ' 34')),
    slot(fc.constant('-'), fc.constantFrom('\u2010', '–', ' - ', '', '/')),
    codeLike(TYPE_CODES),
    slot(fc.constant('/'), fc.constantFrom('⁄', '／', '', '-', ' / ')),
    codeLike(ISSUER_CODES),
  )
  .map((pieces) => pieces.join(''));

describe('parseDocumentNumber, by property', () => {
  test('any Unicode string is read whole or turned down with a plain Error (3,000 runs)', () => {
    fc.assert(fc.property(anyString, expectWellFormed), { numRuns: 3000 });
  });

  test('strings of the domain’s words, prototype names and look-alikes (3,000 runs)', () => {
    fc.assert(fc.property(domainString(NUMBER_WORDS), expectWellFormed), { numRuns: 3000 });
  });

  test('number-shaped strings with a right or wrong value in each slot (3,000 runs)', () => {
    fc.assert(fc.property(numberShaped, expectWellFormed), { numRuns: 3000 });
  });

  test('valid numbers with a piece inserted, removed or replaced (3,000 runs)', () => {
    fc.assert(fc.property(mutated(validNumber, NEAR_MISS_PIECES), expectWellFormed), { numRuns: 3000 });
  });

  test('parse(print(parts)) gives the parts back (2,000 runs)', () => {
    fc.assert(
      fc.property(parts, (number) => {
        expect(parseDocumentNumber(print(number))).toEqual({
          ...number,
          raw: print(number),
          typeName: DOCUMENT_TYPES[number.typeCode],
        });
      }),
      { numRuns: 2000 },
    );
  });

  test('100,000-character inputs are turned down in linear time (20 runs)', { timeout: HUGE_TIMEOUT }, () => {
    fc.assert(
      fc.property(hugeString(['1', '-', 'KH', '/', 'Đ', 'TU', '.', 'A', 'a', ' ']), (input) => {
        expect(() => parseDocumentNumber(input)).toThrow(/document number/u);
      }),
      hugeRuns(20),
    );
  });
});

describe('issuerName, by property', () => {
  test('names a known code, else gives any other code back as it is (2,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, fc.constantFrom(...ISSUER_CODES, ...PROTOTYPE_KEYS)), (code) => {
        expect(issuerName(code)).toBe(Object.hasOwn(ISSUER_NAMES, code) ? ISSUER_NAMES[code] : code);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readNumber (the importer’s "Số …" line), by property', () => {
  test('any text: the number is null or the parser’s reading of it without spaces (3,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, domainString(NUMBER_WORDS)), (printed) => {
        const { number, asPrinted } = readNumber(printed);
        expect(typeof asPrinted).toBe('string');
        if (number) expect(number).toEqual(parseDocumentNumber(asPrinted.replace(/\s+/gu, '')));
      }),
      { numRuns: 3000 },
    );
  });

  test('a number printed with spaces of any kind around its parts reads as the number (2,000 runs)', () => {
    const space = fc.array(fc.constantFrom(...WHITESPACE), { maxLength: 3 }).map((chosen) => chosen.join(''));
    fc.assert(
      fc.property(parts, space, space, space, space, (number, a, b, c, d) => {
        const printed = `${a}${number.serial}${b}-${c}${number.typeCode}/${d}${number.issuerCode}`;
        expect(readNumber(printed).number?.raw).toBe(print(number));
      }),
      { numRuns: 2000 },
    );
  });

  test('100,000-character lines are read in linear time (10 runs)', { timeout: HUGE_TIMEOUT }, () => {
    fc.assert(
      fc.property(hugeString(['1', '-', 'KH', '/', 'TU', ' ', '\t', '\u00a0']), (printed) => {
        expect(typeof readNumber(printed).asPrinted).toBe('string');
      }),
      hugeRuns(10),
    );
  });
});
