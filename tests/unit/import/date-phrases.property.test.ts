import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findDeadlineCandidates } from '../../../src/lib/import/deadlines';
import { classifyPhrase } from '../../../src/lib/import/deadlines/classify';
import { findPeriod } from '../../../src/lib/import/deadlines/period';
import { reportToOf, sentenceAt, whoOf } from '../../../src/lib/import/deadlines/sentence';
import { findDatePhrases, uncoveredDatePhrases } from '../../../src/lib/plans/date-phrase-lint';
import { formatVietnameseDate, isRealDate, toIsoDate } from '../../../src/lib/text/vietnamese-date';
import {
  anyString,
  domainString,
  HUGE_TIMEOUT,
  hugeRuns,
  hugeString,
  mutated,
  textOf,
} from '../../helpers/arbitraries';

/**
 * The importer's reading of the times a received document prints ("trước ngày 15/12 hàng
 * năm", "quý IV/2021", "vào dịp … (19/5/1890 - 19/5/2020)"), and the date-phrase lint the
 * build runs on every plan body. Properties: never an exception; every date proposed is a
 * real day; a day printed dd/mm/yyyy reads back as that day; long texts read in linear time.
 */

const TIME_WORDS = [
  'trước ngày ',
  'ngày ',
  'tháng ',
  'quý ',
  'IV',
  'II',
  'hàng năm',
  'hằng năm',
  'cuối năm',
  'đầu ',
  'năm ',
  'giai đoạn ',
  'từ năm ',
  'nhiệm kỳ ',
  '2021',
  '2025',
  ' - ',
  'dịp ',
  'vào dịp kỷ niệm ',
  '(19/5/1890 - 19/5/2020)',
  '15/12',
  '31/02/2020',
  '.../2020',
  'trước 02 ngày',
  'thường xuyên theo dõi',
  'định kỳ, báo cáo',
  'Các chi bộ báo cáo ',
  'gửi về Ban Tuyên giáo Đảng ủy Khối',
  'Kế hoạch số 35-KH/TU, ngày ',
  '. ',
  '; ',
  ', ',
];
const paragraph = fc.oneof(anyString, domainString(TIME_WORDS, 30));

/** Every candidate's date is a real day, every quote a sentence of its paragraph. */
function expectCandidates(text: string): void {
  const { deadlines, dateMentions } = findDeadlineCandidates([{ text, line: 1 }], null);
  const ids = new Set(deadlines.map((deadline) => deadline.id));
  expect(ids.size).toBe(deadlines.length);
  for (const deadline of deadlines) {
    expect(deadline.id).toMatch(/^[a-z0-9-]+$/u);
    expect(text).toContain(deadline.quote);
    if (deadline.kind === 'day') {
      const [y, m, d] = deadline.date.split('-').map(Number) as [number, number, number];
      expect(isRealDate(y, m, d)).toBe(true);
    }
  }
  for (const mention of dateMentions) expect(text).toContain(mention.quote);
}

describe('the importer’s time phrases, by property', () => {
  test('findDeadlineCandidates: any paragraph gives real days, unique ids, quotes of the text (3,000 runs)', () => {
    fc.assert(fc.property(paragraph, expectCandidates), { numRuns: 3000 });
  });

  test('classifyPhrase: each phrase found, in any surroundings, gives a time or a reason (3,000 runs)', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        for (const { phrase, index } of findDatePhrases(text)) {
          const read = classifyPhrase(phrase, text.slice(0, index), text.slice(index + phrase.length), {
            from: 2021,
            until: 2025,
            quote: 'giai đoạn 2021 - 2025',
          });
          if (typeof read !== 'string') expect(read.label.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('a day printed dd/mm/yyyy, or d-m-yyyy, reads back as that day (3,000 runs)', () => {
    const day = fc
      .record({
        year: fc.integer({ min: 1000, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
      })
      .filter(({ year, month, day: d }) => isRealDate(year, month, d));
    fc.assert(
      fc.property(day, fc.boolean(), ({ year, month, day: d }, dashed) => {
        const iso = toIsoDate(year, month, d);
        const printed = dashed ? `${d}-${month}-${year}` : formatVietnameseDate(iso);
        expect(classifyPhrase(printed, 'trước ngày ', '.', null)).toMatchObject({
          kind: 'day',
          date: iso,
          before: true,
        });
        const [found] = findDatePhrases(`Hoàn thành trước ngày ${printed}.`);
        expect(found?.phrase).toBe(printed);
      }),
      { numRuns: 3000 },
    );
  });

  test('findPeriod: a period read runs forwards and quotes the text (3,000 runs)', () => {
    fc.assert(
      fc.property(paragraph, paragraph, (title, body) => {
        const period = findPeriod(title, body);
        if (period) {
          expect(period.from).toBeLessThanOrEqual(period.until);
          expect(`${title} ${body}`).toContain(period.quote);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('sentenceAt, whoOf and reportToOf quote the text they are given (3,000 runs)', () => {
    fc.assert(
      fc.property(paragraph, fc.nat(), (text, at) => {
        const index = text.length === 0 ? 0 : at % text.length;
        expect(text).toContain(sentenceAt(text, index, 0));
        for (const who of whoOf(text)) expect(text).toContain(who);
        const to = reportToOf(text);
        if (to !== null) expect(text).toContain(to);
      }),
      { numRuns: 3000 },
    );
  });

  test('the date-phrase lint: phrases are ordered slices of the text, whatever quotes cover them (3,000 runs)', () => {
    const quotes = fc.array(fc.oneof(anyString, fc.constantFrom('**', '*', '\\', ' ', '', '15/12')), { maxLength: 3 });
    fc.assert(
      fc.property(mutated(paragraph, TIME_WORDS), quotes, (text, covering) => {
        let previous = 0;
        for (const { phrase, index } of uncoveredDatePhrases(text, covering)) {
          expect(text.slice(index, index + phrase.length)).toBe(phrase);
          expect(index).toBeGreaterThanOrEqual(previous);
          previous = index + phrase.length;
        }
      }),
      { numRuns: 3000 },
    );
  });
});

/** sentenceAt as it was, reading the whole paragraph around the index each time: the oracle. */
function sentenceBySearch(text: string, index: number, length: number): string {
  const before = text.slice(0, index);
  const starts = [...before.matchAll(/[.!?]\s+(?=\p{Lu})/gu)].map((m) => m.index + m[0].length);
  const start = starts.at(-1) ?? 0;
  const after = text.slice(index + length);
  const end = /[!?]\s|\.\s+(?=\p{Lu})|$/u.exec(after);
  const stop = index + length + (end?.index ?? after.length) + (end && /^\./u.test(end[0]) ? 1 : 0);
  return text.slice(start, stop).trim();
}

/** reportToOf's expression, tried at every place: the oracle. */
const REPORT_TO =
  /(?:gửi|báo cáo|nộp)(?:[^.;]*?)\s(?:về|cho|lên)\s+((?:Ban|Văn phòng|Thường trực|Đảng ủy|Đảng uỷ|Tỉnh ủy|Tỉnh uỷ|Chi ủy|Chi bộ)[^.;,*]*?(?:\s*\([^)]*\))?)(?=\s+(?:trước|chậm|trong|vào|để|theo|định|hàng|hằng|qua)(?![\p{L}\p{N}])|\s*[.;,*(]|$)/u;

describe('the sentence readers, by property', () => {
  const SENTENCE_WORDS = [
    '. ',
    '! ',
    '? ',
    '.',
    'Các chi bộ',
    'gửi về Ban Tuyên giáo',
    ' báo cáo ',
    ' cho ',
    'a',
    ' ',
    '\n',
    ';',
    '15/12',
  ];

  test('sentenceAt gives the sentence the search around each index gave (3,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(textOf(SENTENCE_WORDS, 30), paragraph), fc.nat(), fc.nat(6), (text, at, length) => {
        const index = text.length === 0 ? 0 : at % text.length;
        const span = Math.min(length, text.length - index);
        expect(sentenceAt(text, index, span)).toBe(sentenceBySearch(text, index, span));
      }),
      { numRuns: 3000 },
    );
  });

  test('reportToOf finds the body its expression finds (3,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(textOf(SENTENCE_WORDS, 30), paragraph), (text) => {
        expect(reportToOf(text)).toBe(REPORT_TO.exec(text)?.[1]!.trim() ?? null);
      }),
      { numRuns: 3000 },
    );
  });
});

/** The verbs whoOf reads a body's work by, as the importer lists them. */
const WHO_VERBS = [
  'xây dựng',
  'tổ chức',
  'gửi',
  'báo cáo',
  'chỉ đạo',
  'lãnh đạo',
  'hoàn thành',
  'thực hiện',
  'triển khai',
  'tham mưu',
  'hướng dẫn',
  'có',
  'căn cứ',
  'phối hợp',
  'tiến hành',
  'chủ động',
  'đăng ký',
  'chuẩn bị',
  'nộp',
  'thông báo',
  'quán triệt',
  'rà soát',
  'đánh giá',
  'sơ kết',
  'tổng kết',
];
/** Words of a body's name that are none of the words the readers stop at. */
const NAME_WORDS = [
  'Tuyên',
  'giáo',
  'Đảng',
  'ủy',
  'Khối',
  'Tỉnh',
  'các',
  'chi',
  'bộ',
  'cơ',
  'sở',
  'Dân',
  'vận',
  'xã',
  'phường',
];
const name = fc.array(fc.constantFrom(...NAME_WORDS), { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));

describe('the sentence readers read back what a sentence printed from its parts says, by property', () => {
  test('whoOf: "<body> <verb> …" gives the body, for every verb (3,000 runs)', () => {
    const opener = fc.constantFrom(
      'Cấp ủy',
      'Các',
      'Ban',
      'Chi bộ',
      'Đảng ủy',
      'Mỗi',
      'Văn phòng',
      'Đoàn',
      'Hội',
      'Tổ',
      'Thường trực',
      'Ủy ban',
    );
    fc.assert(
      fc.property(
        fc.constantFrom('', '- ', '1. ', 'a) '),
        opener,
        name,
        fc.constantFrom(...WHO_VERBS),
        (list, body, words, verb) => {
          expect(whoOf(`${list}${body} ${words} ${verb} kế hoạch thực hiện.`)).toEqual([`${body} ${words}`]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('reportToOf: "gửi … về <body> <next word>" gives the body, whatever word follows (3,000 runs)', () => {
    const next = fc.constantFrom(
      ...['trước', 'chậm', 'trong', 'vào', 'để', 'theo', 'định', 'hàng', 'hằng', 'qua'].map(
        (word) => ` ${word} ngày 15/12`,
      ),
      '.',
      ';',
      ',',
      '',
    );
    fc.assert(
      fc.property(
        fc.constantFrom('gửi', 'báo cáo', 'nộp'),
        fc.constantFrom('về', 'cho', 'lên'),
        fc.constantFrom('Ban', 'Văn phòng', 'Thường trực', 'Đảng ủy', 'Tỉnh ủy', 'Chi bộ'),
        name,
        next,
        (verb, to, body, words, after) => {
          expect(reportToOf(`Các chi bộ ${verb} kết quả ${to} ${body} ${words}${after}`)).toBe(`${body} ${words}`);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('the importer’s time phrases on 100,000 characters, by property', () => {
  const PIECES = [
    'gửi ',
    'về ',
    'dịp ',
    'vào ',
    '(1/1/2020 - ',
    '1/1/2020)',
    'hàng năm ',
    '15/12 ',
    'tháng ',
    'quý IV ',
    'Ban ',
    'Cấp ủy ',
    'trước ',
    'thường xuyên ',
    'a',
    ' ',
    ', ',
  ];

  test('findDeadlineCandidates reads a huge paragraph in linear time (5 runs)', { timeout: HUGE_TIMEOUT }, () => {
    fc.assert(fc.property(hugeString(PIECES), expectCandidates), hugeRuns(5));
  });

  // Each "dịp" read up to the next bracket: minutes on the code before stretchMatches.
  test('occasions: many "dịp" and no date span read in linear time (5 runs)', { timeout: HUGE_TIMEOUT }, () => {
    fc.assert(
      fc.property(hugeString(['dịp ', 'vào ', 'dịp a ', ' ', '1/1/2020 - ', 'kỷ niệm ']), expectCandidates),
      hugeRuns(5),
    );
  });

  // Each "gửi" read up to the next full stop: minutes on the code before stretchMatches.
  test(
    'reportToOf, whoOf and findPeriod read a huge sentence of report verbs in linear time (10 runs)',
    { timeout: HUGE_TIMEOUT },
    () => {
      fc.assert(
        fc.property(
          hugeString(['gửi ', 'báo cáo ', 'nộp ', 'về ', 'cho ', 'Các ', 'giai đoạn ', '2021 ', '- ', ' ', 'a']),
          (text) => {
            expect(reportToOf(text)).toBeNull();
            expect(whoOf(text).length).toBeLessThanOrEqual(1);
            expect(findPeriod(text, text)?.quote.length ?? 0).toBeLessThan(text.length);
          },
        ),
        hugeRuns(10),
      );
    },
  );

  test('the date-phrase lint reads a huge body in linear time (10 runs)', { timeout: HUGE_TIMEOUT }, () => {
    fc.assert(
      fc.property(hugeString(PIECES), (text) => {
        expect(uncoveredDatePhrases(text, [text.slice(0, 30), '**']).length).toBeLessThanOrEqual(text.length);
      }),
      hugeRuns(10),
    );
  });
});
