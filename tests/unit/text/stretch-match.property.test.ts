import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stretchMatches } from '../../../src/lib/text/stretch-match';
import { anyString, textOf, WHITESPACE } from '../../helpers/arbitraries';

/**
 * stretchMatches finds what a regular expression with a lazy gap finds with the `g` flag,
 * skipping the triggers it need not try. Property: the same matches, at the same places,
 * with the same groups, as the expression itself, for the expressions the importer reads
 * with it (copied here) and texts made of their words.
 */

const CASES = [
  {
    name: 'a report sent to a body (reportToOf)',
    trigger: /gửi|báo cáo|nộp/u,
    pattern:
      /(?:gửi|báo cáo|nộp)(?:[^.;]*?)\s(?:về|cho|lên)\s+((?:Ban|Văn phòng|Thường trực|Đảng ủy|Đảng uỷ|Tỉnh ủy|Tỉnh uỷ|Chi ủy|Chi bộ)[^.;,*]*?(?:\s*\([^)]*\))?)(?=\s+(?:trước|chậm|trong|vào|để|theo|định|hàng|hằng|qua)(?![\p{L}\p{N}])|\s*[.;,*(]|$)/u,
    stop: /[.;]/u,
    words: [
      'gửi ',
      'báo cáo ',
      'nộp ',
      'về ',
      'cho ',
      'lên ',
      'Ban ',
      'Chi bộ ',
      'Tuyên giáo',
      'trước ',
      '(',
      ')',
      '.',
      ';',
      ',',
      '*',
      ' ',
      'a',
    ],
  },
  {
    name: 'an occasion and its anniversary span (findDeadlineCandidates)',
    trigger: /(?:vào\s+)?dịp\s/u,
    pattern: /((?:vào\s+)?dịp\s+[^.;()]*?)\s*\(\d{1,2}\/\d{1,2}\/\d{4}\s*-\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\)/u,
    stop: /[.;()]/u,
    words: [
      'vào ',
      'dịp ',
      'kỷ niệm ',
      '(19/5/1890 - 19/5/2020)',
      '(3/2/1930-3/2/2020)',
      '(',
      '19/5/1890',
      ' - ',
      ')',
      '.',
      ';',
      ' ',
      'a',
    ],
  },
  {
    name: 'a body that issues (findIssuer)',
    trigger: /Ban Thường vụ |Ban Chấp hành |Thường trực /u,
    pattern: /(Ban Thường vụ [\p{L} ]+?|Ban Chấp hành [\p{L} ]+?|Thường trực [\p{L} ]+?)\s+ban hành\b/u,
    stop: /[^\p{L} ]/u,
    words: [
      'Ban Thường vụ ',
      'Ban Chấp hành ',
      'Thường trực ',
      'Tỉnh ủy ',
      'ban hành',
      'ban hànhx',
      ',',
      '\n',
      ' ',
      'a',
    ],
  },
  {
    name: 'a body that makes the plan (findIssuer)',
    trigger: /,\s+Ban Thường vụ /u,
    pattern: /,\s+(Ban Thường vụ [\p{L} ]+?)\s+xây dựng kế hoạch\b/u,
    stop: /[^\p{L} ]/u,
    words: [
      ', ',
      'Ban Thường vụ ',
      ', Ban Thường vụ Tỉnh ủy',
      'Đảng ủy Khối ',
      ' xây dựng kế hoạch',
      'xây dựng kế hoạch',
      ',',
      '.',
      ' ',
      'a',
    ],
  },
];

describe('stretchMatches, by property', () => {
  for (const { name, trigger, pattern, stop, words } of CASES) {
    test(`finds what the expression finds: ${name} (2,000 runs)`, () => {
      const everywhere = new RegExp(pattern.source, `${pattern.flags}g`);
      const text = fc.oneof(
        { weight: 4, arbitrary: textOf([...words, ...WHITESPACE.slice(0, 4)], 40) },
        { weight: 1, arbitrary: anyString },
      );
      fc.assert(
        fc.property(text, (input) => {
          const expected = [...input.matchAll(everywhere)].map((match) => [match.index, ...match]);
          const found = [...stretchMatches(input, trigger, pattern, stop)].map((match) => [match.index, ...match]);
          expect(found).toEqual(expected);
        }),
        { numRuns: 2000 },
      );
    });
  }
});
