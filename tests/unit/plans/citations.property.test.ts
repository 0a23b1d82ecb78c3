import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  CITATION_TYPES,
  citationLevel,
  documentKey,
  findCitations,
  isNational,
  type Citation,
} from '../../../src/lib/plans/citations';
import { DOCUMENT_TYPES, ISSUER_NAMES } from '../../../src/lib/plans/document-number';
import { formCitations } from '../../../src/lib/forms/citations';
import { parseInline } from '../../../src/lib/forms/inline';
import type { FormDocument } from '../../../src/schemas/form';
import {
  anyString,
  domainString,
  HUGE_TIMEOUT,
  hugeRuns,
  hugeString,
  LOOK_ALIKES,
  mutated,
  normalForms,
  PROTOTYPE_KEYS,
  slot,
  WHITESPACE,
  ZERO_WIDTH,
} from '../../helpers/arbitraries';

/**
 * Citations ("Kế hoạch số 35-KH/TU, ngày 28/9/2021") are read from every paragraph of every
 * plan and form, and from the documents the importer receives. Properties: each citation
 * found is a slice of the text, in order, of a known type; it reads the same on its own;
 * a citation printed from its parts reads back as those parts; no text makes the reader
 * crash or backtrack for minutes.
 */

const lowerTypes = CITATION_TYPES.map((type) => type.toLocaleLowerCase('vi'));
const upperTypes = CITATION_TYPES.map((type) => type.toLocaleUpperCase('vi'));
const CITATION_WORDS = [
  ...CITATION_TYPES,
  ...lowerTypes,
  ...upperTypes,
  ...Object.keys(DOCUMENT_TYPES),
  ...Object.keys(ISSUER_NAMES),
  ...PROTOTYPE_KEYS,
  ' số ',
  'số',
  ', ngày ',
  ' (ngày ',
  ')',
  ' tháng ',
  ' năm ',
  '28/9/2021',
  '30-5-2019',
  '733/QĐ-TTg',
  '145/2013/NĐ-CP',
  '-',
  '/',
];

/** The invariants of what findCitations returns for `text`. */
function expectWellFormed(text: string): Citation[] {
  const found = findCitations(text);
  let previousEnd = 0;
  for (const citation of found) {
    expect(Object.keys(citation).sort()).toEqual(['date', 'end', 'number', 'start', 'text', 'type']);
    expect(citation.start).toBeGreaterThanOrEqual(previousEnd);
    expect(citation.end).toBeGreaterThan(citation.start);
    expect(citation.text).toBe(text.slice(citation.start, citation.end));
    expect(CITATION_TYPES).toContain(citation.type);
    expect(citation.number).toMatch(/^\d{1,5}\S*$/u);
    expect(citation.text).toContain(citation.date ?? '');
    expect(citation.text.toLocaleLowerCase('vi')).not.toBe('');
    previousEnd = citation.end;
  }
  return found;
}

const partyNumber = fc
  .tuple(
    fc.stringMatching(/^\d{1,5}$/u),
    fc.constantFrom(...Object.keys(DOCUMENT_TYPES)),
    fc.constantFrom(...Object.keys(ISSUER_NAMES)),
  )
  .map(([serial, type, issuer]) => `${serial}-${type}/${issuer}`);
const governmentNumber = fc
  .tuple(
    fc.stringMatching(/^\d{1,5}$/u),
    fc.option(fc.integer({ min: 1945, max: 2099 })),
    fc.constantFrom('QĐ-TTg', 'CT-TTg', 'NĐ-CP'),
  )
  .map(([serial, year, code]) => `${serial}/${year === null ? '' : `${year}/`}${code}`);
const printedDate = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1000, max: 9999 }))
    .map(([d, m, y]) => `${d}/${m}/${y}`),
  fc
    .tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1000, max: 9999 }))
    .map(([d, m, y]) => `${String(d).padStart(2, '0')} tháng ${m} năm ${y}`),
);
/** A citation printed from its parts, as plans print them, with its parts. */
const printed = fc
  .record({
    type: fc.constantFrom(...CITATION_TYPES),
    spelling: fc.constantFrom('as-is', 'lower', 'upper'),
    so: fc.boolean(),
    number: fc.oneof(partyNumber, governmentNumber),
    date: fc.option(printedDate),
    bracket: fc.boolean(),
  })
  .map(({ type, spelling, so, number, date, bracket }) => {
    const word =
      spelling === 'lower' ? type.toLocaleLowerCase('vi') : spelling === 'upper' ? type.toLocaleUpperCase('vi') : type;
    const dated = date === null ? '' : bracket ? ` (ngày ${date})` : `, ngày ${date}`;
    return { text: `${word}${so ? ' số' : ''} ${number}${dated}`, type, number, date };
  });
/** Citation-shaped text: type word, "số", number and date, each right or wrong, in running text. */
const citationShaped = fc
  .tuple(
    fc.constantFrom('', 'theo ', 'Thực hiện', '(', 'x'),
    slot(
      fc.constantFrom(...CITATION_TYPES, ...lowerTypes, ...upperTypes),
      fc.constantFrom(...PROTOTYPE_KEYS, 'Kếhoạch', 'Kế  hoạch', 'Ke hoach', 'Kế hoạch'.normalize('NFD'), 'K\u212Aế'),
    ),
    slot(fc.constantFrom(' ', ' số ', '\u00a0số\u00a0', '\n'), fc.constantFrom('', ' số', 'số ', '\u200b')),
    slot(
      fc.oneof(partyNumber, governmentNumber),
      fc.constantFrom('', '05 - CT/TW', '05-CT/TW.', '１-KH/TU', '05-CT／TW', '733/QĐ', 'KH/TU'),
    ),
    slot(
      printedDate.map((date) => `, ngày ${date}`),
      fc.constantFrom(
        '',
        ', ngày 28/9/21',
        ' (ngày 28/9/2021',
        ' ngày',
        ', ngày 99 tháng 99 năm 9999',
        '(ngày 1/1/2021)',
      ),
    ),
    fc.constantFrom('', '.', ' của', ';', ')'),
  )
  .map((pieces) => pieces.join(''));
/** Running text around a citation: words that end before it and start after it. */
const around = fc.constantFrom('', 'Thực hiện ', 'theo ', '(', '; ', '\n');
const after = fc.constantFrom('', '.', ' của Tỉnh ủy', '; ', ')', ' và ', '\n');

describe('findCitations, by property', () => {
  test('any Unicode string: the citations are ordered slices of a known type (3,000 runs)', () => {
    fc.assert(
      fc.property(anyString, (text) => void expectWellFormed(text)),
      { numRuns: 3000 },
    );
  });

  test('strings of type words in any case, numbers, dates and look-alikes (3,000 runs)', () => {
    fc.assert(
      fc.property(domainString(CITATION_WORDS, 30), (text) => void expectWellFormed(text)),
      { numRuns: 3000 },
    );
  });

  test('citation-shaped text with a right or wrong value in each part (3,000 runs)', () => {
    fc.assert(
      fc.property(citationShaped, (text) => void expectWellFormed(text)),
      { numRuns: 3000 },
    );
  });

  test('printed citations with a piece inserted, removed or replaced (3,000 runs)', () => {
    const pieces = [...CITATION_WORDS, ...WHITESPACE, ...ZERO_WIDTH, ...LOOK_ALIKES];
    fc.assert(
      fc.property(
        mutated(
          printed.map(({ text }) => text),
          pieces,
        ),
        (text) => void expectWellFormed(text),
      ),
      { numRuns: 3000 },
    );
  });

  test('a citation found reads the same on its own (3,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          domainString(CITATION_WORDS, 30),
          printed.map(({ text }) => text),
        ),
        (text) => {
          for (const citation of expectWellFormed(text)) {
            const [alone] = findCitations(citation.text);
            expect(alone).toEqual({ ...citation, start: 0, end: citation.text.length });
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('a citation printed from its parts, in running text, reads back as those parts (3,000 runs)', () => {
    fc.assert(
      fc.property(around, printed, after, (before, citation, following) => {
        const text = `${before}${citation.text}${following}`;
        const found = expectWellFormed(text);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({
          start: before.length,
          text: citation.text,
          type: citation.type,
          number: citation.number,
          date: citation.date,
        });
      }),
      { numRuns: 3000 },
    );
  });

  test('the same text in NFC, NFD, NFKC or NFKD never breaks the reader (2,000 runs)', () => {
    fc.assert(
      fc.property(printed, (citation) => {
        for (const form of normalForms(citation.text)) expectWellFormed(form);
      }),
      { numRuns: 2000 },
    );
  });

  test('100,000-character texts are read in linear time (20 runs)', { timeout: HUGE_TIMEOUT }, () => {
    const pieces = ['Kế hoạch', ' ', 'số', '1', '-', 'KH', '/', 'TU', ', ngày', '(ngày', '28/9/2021', '\u00a0', '.'];
    fc.assert(
      fc.property(hugeString(pieces), (text) => void expectWellFormed(text)),
      hugeRuns(20),
    );
  });
});

describe('isNational, citationLevel and documentKey, by property', () => {
  test('any number and province give a level and a slug key, never an exception (3,000 runs)', () => {
    const number = fc.oneof(anyString, partyNumber, governmentNumber, domainString(CITATION_WORDS, 10));
    fc.assert(
      fc.property(number, fc.oneof(anyString, fc.constantFrom('Trà Vinh', 'Quảng Nam')), (cited, province) => {
        expect(typeof isNational(cited)).toBe('boolean');
        expect(['trung-uong', 'tinh', 'dang-uy-khoi']).toContain(citationLevel(cited));
        expect(documentKey(cited, province)).toMatch(/^[a-z0-9-]*$/u);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('formCitations, by property', () => {
  test('each citation of a form paragraph is found at its offsets in the paragraph as printed (2,000 runs)', () => {
    const blank = fc.constantFrom('{{.....|Tên}}', '{{…|Ngày}}', '{{|Số}}');
    const piece = fc.oneof(
      printed.map(({ text }) => text),
      blank,
      fc.constantFrom(' ', ', ', 'theo ', '*ghi chú* '),
    );
    const paragraph = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 3 }), (sources) => {
        const body = sources.map((source) => ({ kind: 'paragraph' as const, text: parseInline(source) }));
        for (const { paragraph: text, citation } of formCitations({ body } as unknown as FormDocument)) {
          expect(text.slice(citation.start, citation.end)).toBe(citation.text);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
