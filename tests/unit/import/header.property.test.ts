import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseHeader, provinceOfHeaderLine, titleCase } from '../../../src/lib/import/header';
import {
  bare,
  isDateLine,
  isMotto,
  isRule,
  isSignatureStart,
  isTypeLine,
  isUpperLine,
  tidy,
} from '../../../src/lib/import/lines';
import { convertToPlan, ConversionError } from '../../../src/lib/import/convert';
import { findBasis, findIssuer } from '../../../src/lib/import/issuer';
import type { LineRole, NeedsPerson } from '../../../src/lib/import/types';
import { parseDocumentNumber } from '../../../src/lib/plans/document-number';
import {
  anyString,
  domainString,
  HUGE_TIMEOUT,
  hugeRuns,
  hugeString,
  mutated,
  textOf,
  VIETNAMESE_LETTERS,
  WHITESPACE,
} from '../../helpers/arbitraries';

/**
 * The importer reads a received document's header (bodies, "*", "Số …", motto, place and
 * date, type word, title), then converts the whole of it. Its lines are outside text of any
 * kind. Properties: no line makes a reader throw; the header's parts are of their declared
 * type; a conversion gives a plan draft or a ConversionError, nothing else; a province
 * printed in capitals reads back as its name; huge lines and files read in linear time.
 */

const SOURCES = path.join(import.meta.dirname, '../../../content/sources');
/** Lines of the real sources, to build documents from. */
const SOURCE_LINES = readdirSync(SOURCES)
  .filter((file) => file.endsWith('.txt'))
  .flatMap((file) => readFileSync(path.join(SOURCES, file), 'utf8').split('\n'));
const HEADER_LINES = [
  'ĐẢNG BỘ TỈNH TRÀ VINH',
  'TỈNH ỦY QUẢNG NAM',
  'ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP',
  '*',
  'Số 34-KH/ĐUK',
  'Số: 59  - KH/ĐUK',
  'Số 1-toString/TU',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Trà Vinh, ngày 20 tháng 10 năm 2021',
  'Trà Vinh, ngày ... tháng ... năm 20...',
  'Trà Vinh , ngày 31 tháng 02 năm 2020',
  'KẾ HOẠCH',
  'HƯỚNG DẪN',
  '**thực hiện Kết luận số 01-KL/TW**',
  'về học tập và làm theo Bác',
  '-----',
  '',
  'Nơi nhận:',
  '- Như trên,',
  'T/M BAN THƯỜNG VỤ',
  'PHÓ BÍ THƯ',
  '(Đã ký)',
  'Nguyễn Văn A',
];
const line = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HEADER_LINES) },
  { weight: 4, arbitrary: fc.constantFrom(...SOURCE_LINES) },
  { weight: 1, arbitrary: anyString },
  { weight: 1, arbitrary: domainString(['KẾ HOẠCH', 'Số', 'ngày', 'tháng', 'năm', '*', '**', '#', '\\']) },
);
/** A document: the header lines in their order with others mixed in, then body lines. */
const documentLines = fc
  .tuple(fc.subarray(HEADER_LINES), fc.array(line, { maxLength: 30 }))
  .chain(([header, rest]) =>
    fc.shuffledSubarray([...header, ...rest], { minLength: 0 }).map((mixed) => [...header, ...mixed]),
  );

function expectHeader(lines: string[]): void {
  const roles: LineRole[] = [];
  const needs: NeedsPerson[] = [];
  const header = parseHeader(lines, roles, needs);
  expect(header.end).toBeGreaterThanOrEqual(0);
  expect(header.end).toBeLessThanOrEqual(lines.length);
  if (header.documentType === null) expect(header.end).toBe(0);
  if (header.number) expect(parseDocumentNumber(header.number.raw)).toEqual(header.number);
  if (header.dateLine) expect(header.dateLine.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
  for (const need of needs) expect(typeof need.why).toBe('string');
}

describe('the importer’s lines and header, by property', () => {
  test('tidy and the line tests read any line, tidy once for all (5,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(line, mutated(line, [...WHITESPACE, '*', '\\', '#'])), (text) => {
        const tidied = tidy(text);
        expect(tidy(tidied)).toBe(tidied);
        expect(tidied).not.toMatch(/^\s|\s$|[\t\u00a0]| {2}/u);
        expect(typeof bare(text)).toBe('string');
        for (const check of [isDateLine, isMotto, isRule, isSignatureStart, isTypeLine, isUpperLine])
          expect(typeof check(text)).toBe('boolean');
      }),
      { numRuns: 5000 },
    );
  });

  test('parseHeader reads any lines into parts of their declared type (3,000 runs)', () => {
    fc.assert(fc.property(fc.oneof(documentLines, fc.array(line, { maxLength: 50 })), expectHeader), { numRuns: 3000 });
  });

  test('a province printed in capitals reads back as its name (3,000 runs)', () => {
    const word = fc
      .tuple(fc.constantFrom(...VIETNAMESE_LETTERS), fc.array(fc.constantFrom(...VIETNAMESE_LETTERS), { maxLength: 6 }))
      .map(([first, rest]) => `${first.toLocaleUpperCase('vi')}${rest.join('').toLocaleLowerCase('vi')}`);
    const lead = fc.constantFrom('ĐẢNG BỘ TỈNH', 'TỈNH ỦY', 'TỈNH UỶ', 'ĐẢNG BỘ THÀNH PHỐ', 'THÀNH ỦY', 'THÀNH UỶ');
    fc.assert(
      fc.property(lead, fc.array(word, { minLength: 1, maxLength: 4 }), (opening, words) => {
        const name = words.join(' ');
        expect(provinceOfHeaderLine(`${opening} ${name.toLocaleUpperCase('vi')}`)).toBe(name);
        expect(titleCase(name.toLocaleUpperCase('vi'))).toBe(name);
      }),
      { numRuns: 3000 },
    );
  });

  test('provinceOfHeaderLine reads any line, never throwing (3,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(line, anyString), (text) => {
        const province = provinceOfHeaderLine(text);
        if (province !== null) expect(province.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('convertToPlan, by property', () => {
  test('any document gives a plan draft or a ConversionError, nothing else (2,000 runs)', () => {
    fc.assert(
      fc.property(
        documentLines,
        fc.option(fc.constantFrom('Trà Vinh', 'Quảng Nam'), { nil: undefined }),
        (lines, province) => {
          try {
            const draft = convertToPlan({ lines, dropped: [] }, { province });
            expect(draft.id).toMatch(/^[a-z0-9-]+$/u);
            expect(parseDocumentNumber(draft.frontmatter.number as string).raw).toBe(draft.frontmatter.number);
            expect(draft.report.needs.every((need) => typeof need.why === 'string')).toBe(true);
          } catch (error) {
            if (!(error instanceof ConversionError)) throw error;
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

/** findIssuer's three expressions, each tried whole at every place: the oracle. */
function issuerByExpressions(text: string): string | null {
  const patterns = [
    /(Ban Thường vụ [\p{L} ]+?|Ban Chấp hành [\p{L} ]+?|Thường trực [\p{L} ]+?)\s+ban hành\b/u,
    /,\s+(Ban Thường vụ [\p{L} ]+?)\s+xây dựng kế hoạch\b/u,
    /Trên đây là [\p{L} ]*?của (Ban Thường vụ [\p{L} ]+?|Ban Chấp hành [\p{L} ]+?|Thường trực [\p{L} ]+?)(?=\s+(?:về|học|thực hiện|trong|đề nghị)(?![\p{L}\p{N}])|[,.])/u,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[1]!;
  }
  return null;
}

describe('findIssuer, by property', () => {
  test('"Trên đây là … của <body> <next word>" gives the body, whatever word follows (3,000 runs)', () => {
    const words = ['Tuyên', 'giáo', 'Đảng', 'ủy', 'Khối', 'Tỉnh', 'Cơ', 'quan', 'Doanh', 'nghiệp', 'Dân', 'vận'];
    const name = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }).map((chosen) => chosen.join(' '));
    const next = fc.constantFrom(
      ' về học tập',
      ' học tập',
      ' thực hiện',
      ' trong năm',
      ' đề nghị các chi bộ',
      ',',
      '.',
    );
    fc.assert(
      fc.property(
        fc.constantFrom('Ban Thường vụ', 'Ban Chấp hành', 'Thường trực'),
        name,
        next,
        (body, named, after) => {
          const closing = `Trên đây là Kế hoạch thực hiện của ${body} ${named}${after}`;
          expect(findIssuer(closing, null, 'TU')).toBe(`${body} ${named}`);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('finds the body its three expressions find, tried at every place (3,000 runs)', () => {
    const words = [
      'Ban Thường vụ ',
      'Ban Chấp hành ',
      'Thường trực ',
      'Trên đây là ',
      'Trên đây là Kế hoạch của Ban Thường vụ Tỉnh ủy',
      'Trên đây là của Thường trực Đảng ủy',
      'Kế hoạch ',
      'của ',
      'Tỉnh ủy',
      ' ban hành',
      ', ',
      ' xây dựng kế hoạch',
      ' về',
      ' học',
      '.',
      ';',
      '\n',
      ' ',
      'a',
    ];
    fc.assert(
      fc.property(fc.oneof(textOf(words, 30), anyString), (body) => {
        expect(findIssuer(body, null, 'TU')).toBe(issuerByExpressions(body));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the importer on 100,000 characters, by property', () => {
  const PIECES = [
    'Ban Thường vụ ',
    'Thường trực ',
    'Trên đây là ',
    'của ',
    'ban hành',
    'Tỉnh ủy ',
    'Số ',
    'ngày ',
    'tháng ',
    ', ',
    'a',
    ' ',
    '*',
    '\\',
  ];

  test(
    'a huge line in the header, the body or the closing is read in linear time (10 runs)',
    { timeout: HUGE_TIMEOUT },
    () => {
      fc.assert(
        fc.property(hugeString(PIECES), fc.nat(HEADER_LINES.length), (huge, at) => {
          const lines = [...HEADER_LINES.slice(0, at), huge, ...HEADER_LINES.slice(at)];
          expectHeader(lines);
          try {
            convertToPlan({ lines, dropped: [] }, { province: 'Trà Vinh' });
          } catch (error) {
            if (!(error instanceof ConversionError)) throw error;
          }
        }),
        hugeRuns(10),
      );
    },
  );

  // Each "Ban Thường vụ" read up to the end of its letters: minutes on the code before stretchMatches.
  test(
    'findIssuer and findBasis read a huge body of bodies’ names in linear time (10 runs)',
    { timeout: HUGE_TIMEOUT },
    () => {
      const names = ['Ban Thường vụ ', 'Thường trực ', 'Ban Chấp hành ', 'Trên đây là ', 'của ', 'Tỉnh ủy ', 'a ', ' '];
      fc.assert(
        fc.property(hugeString(names), (body) => {
          expect(findIssuer(body, 'T/M BAN THƯỜNG VỤ', 'TU')?.length ?? 0).toBeLessThanOrEqual(body.length);
          expect(findBasis(`Thực hiện ${body}`).length).toBeGreaterThanOrEqual(0);
        }),
        hugeRuns(10),
      );
    },
  );
});
