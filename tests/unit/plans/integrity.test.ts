import { describe, expect, test } from 'vitest';
import { findCommemorationProblems, findPlanProblems, findTopicProblems } from '../../../src/lib/plans/integrity';
import { planSchema, type Plan } from '../../../src/schemas/plan';
import { planToCheck } from '../../helpers/plan-to-check';

const base = planSchema.parse({
  number: '34-KH/ĐUK',
  documentType: 'KẾ HOẠCH',
  title: 'thực hiện Kết luận số 01-KL/TW',
  dateLine: 'Trà Vinh, ngày 20 tháng 10 năm 2021',
  issuer: 'Ban Thường vụ Đảng ủy Khối',
  province: 'Trà Vinh',
  provinceEvidence: 'Trà Vinh, ngày 20 tháng 10 năm 2021',
  basis: ['Kế hoạch số 35-KH/TU, ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy'],
  signer: null,
  source: { file: 'seed.txt', lastLine: 3 },
  editorialNotes: [{ quote: 'hính quyền', note: 'Nguyên văn.' }],
  period: null,
  periodReason: 'Thử nghiệm.',
});
const body =
  'Thực hiện **Kế hoạch số 35-KH/TU, ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy**, Ban Thường vụ Đảng ủy Khối phối hợp với hính quyền.';
const entry = (overrides: Partial<{ id: string; filePath: string; body: string; data: Plan }> = {}) =>
  planToCheck({
    id: 'tra-vinh-34-kh-duk',
    filePath: 'content/plans/tra-vinh-34-kh-duk.mdx',
    body,
    data: base,
    ...overrides,
  });

describe('findPlanProblems', () => {
  test('an empty body (or only whitespace) is reported as such, once, naming the file', () => {
    for (const empty of ['', '\n\n   \n\t\n']) {
      expect(findPlanProblems([entry({ body: empty })])).toEqual([
        'content/plans/tra-vinh-34-kh-duk.mdx: the body is empty: the plan\'s text goes below the frontmatter\'s closing "---"',
      ]);
    }
  });

  test('a time phrase no deadline covers fails a published plan, not a draft (issue 17)', () => {
    const withPhrase = `${body} Hoàn thành trong tháng 02/2022.`;
    expect(findPlanProblems([entry({ body: withPhrase })])).toEqual([
      expect.stringContaining('the time phrase "tháng 02/2022"'),
    ]);
    expect(findPlanProblems([entry({ body: withPhrase, data: { ...base, status: 'draft' } })])).toEqual([]);
  });

  test('accepts quotes that occur verbatim once Markdown is stripped', () => {
    expect(findPlanProblems([entry()])).toEqual([]);
  });

  test('names file and field when a quote is not in the body', () => {
    const problems = findPlanProblems([entry({ body: 'Ban Thường vụ Đảng ủy Khối.' })]);
    expect(problems).toEqual([
      'content/plans/tra-vinh-34-kh-duk.mdx: basis[0] "Kế hoạch số 35-KH/TU, ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy" does not occur verbatim in the body',
      'content/plans/tra-vinh-34-kh-duk.mdx: editorialNotes[0].quote "hính quyền" does not occur verbatim in the plan',
    ]);
  });

  test("names file and field when a period quote is not in the plan's text", () => {
    const period = { from: 2021, until: 2025, quotes: ['phối hợp với hính quyền', 'giai đoạn 2021 - 2025'] };
    expect(findPlanProblems([entry({ data: { ...base, period, periodReason: null } })])).toEqual([
      'content/plans/tra-vinh-34-kh-duk.mdx: period.quotes[1] "giai đoạn 2021 - 2025" does not occur verbatim in the plan',
    ]);
  });

  test('rejects a reference to a plan that does not exist', () => {
    const problems = findPlanProblems([entry({ data: { ...base, implementsPlans: ['khong-co'] } })]);
    expect(problems).toEqual([
      'content/plans/tra-vinh-34-kh-duk.mdx: implementsPlans[0] refers to "khong-co", which is not a plan',
    ]);
  });

  test('rejects the same number twice in one province', () => {
    const problems = findPlanProblems([entry(), entry({ id: 'copy', filePath: 'content/plans/copy.mdx' })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/plans/copy.mdx: number "34-KH/ĐUK"');
  });
});

describe('deadline quotes', () => {
  const withDeadline = (quote: string) =>
    entry({
      data: {
        ...base,
        attachments: [{ title: 'Mẫu báo cáo kết quả' }],
        deadlines: [
          {
            id: 'bao-cao',
            kind: 'ongoing',
            task: 'Báo cáo',
            who: ['Chi bộ'],
            actors: ['chi-bo'],
            reportTo: null,
            form: null,
            quote,
            label: 'thường xuyên',
          },
        ],
      },
    });

  test('a deadline may quote one paragraph of the body, or the title of an appended form', () => {
    expect(findPlanProblems([withDeadline('phối hợp với hính quyền')])).toEqual([]);
    expect(findPlanProblems([withDeadline('Mẫu báo cáo kết quả')])).toEqual([]);
  });

  test('a deadline quote found nowhere is reported', () => {
    expect(findPlanProblems([withDeadline('không có câu này')])).toEqual([
      'content/plans/tra-vinh-34-kh-duk.mdx: deadlines[0].quote "không có câu này" is not found verbatim in one paragraph of the plan',
    ]);
  });
});

describe('topics and commemorations', () => {
  const quotes = (plan: string, quote: string) => ({
    studyMaterials: [],
    referenceMaterials: [],
    keyPoints: [{ plan, quote }],
  });

  test('a topic quotes one paragraph of a plan of the site', () => {
    const plans = [entry()];
    expect(
      findTopicProblems([{ id: 'chu-de', data: quotes('tra-vinh-34-kh-duk', 'phối hợp với hính quyền') }], plans),
    ).toEqual([]);
    expect(
      findTopicProblems(
        [{ id: 'chu-de', filePath: 'chu-de.mdx', data: quotes('tra-vinh-34-kh-duk', 'không có') }],
        plans,
      ),
    ).toEqual(['chu-de.mdx: keyPoints[0].quote "không có" is not found in one paragraph of tra-vinh-34-kh-duk']);
    expect(
      findTopicProblems([{ id: 'chu-de', filePath: 'chu-de.mdx', data: quotes('khong-co', 'không có') }], plans),
    ).toEqual(['chu-de.mdx: keyPoints[0].plan "khong-co" is not a plan']);
  });

  test("a topic's aliases must be words of a plan that carries it out, any case", () => {
    const plans = [entry({ data: { ...base, topics: ['chu-de'] } })];
    const topic = (aliases: string[]) => ({
      id: 'chu-de',
      filePath: 'chu-de.mdx',
      data: { ...quotes('tra-vinh-34-kh-duk', 'phối hợp với hính quyền'), aliases },
    });
    expect(findTopicProblems([topic(['ban thường vụ đảng ủy khối'])], plans)).toEqual([]);
    expect(findTopicProblems([topic(['Ban Thường vụ', 'chuyên đề năm 2020'])], plans)).toEqual([
      'chu-de.mdx: aliases[1] "chuyên đề năm 2020" is not found in a paragraph of a plan that carries the topic out',
    ]);
    // A plan that does not carry the topic out does not vouch for its aliases.
    expect(findTopicProblems([topic(['Ban Thường vụ'])], [entry()])).toEqual([
      'chu-de.mdx: aliases[0] "Ban Thường vụ" is not found in a paragraph of a plan that carries the topic out',
    ]);
  });

  test('a plan names only topics that exist', () => {
    expect(findTopicProblems([], [entry({ data: { ...base, topics: ['khong-co'] } })])).toEqual([
      'content/plans/tra-vinh-34-kh-duk.mdx: topics[0] refers to "khong-co", which is not a topic',
    ]);
  });

  test('a commemoration quotes one paragraph of a plan of the site', () => {
    const plans = [entry()];
    const mention = (plan: string, quote: string) => ({
      id: 'ngay',
      filePath: 'ngay.mdx',
      data: { mentions: [{ plan, quote }] },
    });
    expect(findCommemorationProblems([mention('tra-vinh-34-kh-duk', 'Ban Thường vụ Đảng ủy Khối')], plans)).toEqual([]);
    expect(
      findCommemorationProblems([mention('tra-vinh-34-kh-duk', 'không có'), mention('khong-co', 'x')], plans),
    ).toEqual([
      'ngay.mdx: mentions[0].quote "không có" is not found in one paragraph of tra-vinh-34-kh-duk',
      'ngay.mdx: mentions[0].plan "khong-co" is not a plan',
    ]);
  });
});
