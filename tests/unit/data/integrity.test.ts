import { describe, expect, test } from 'vitest';
import {
  checkSiteIntegrity,
  ContentIntegrityError,
  findSiteProblems,
  type ContentToCheck,
} from '../../../src/data/integrity';
import { commemorationSchema } from '../../../src/schemas/commemoration';
import { planSchema } from '../../../src/schemas/plan';
import { topicSchema } from '../../../src/schemas/topic';
import { planToCheck } from '../../helpers/plan-to-check';

const file = 'content/plans/tra-vinh-34-kh-duk.mdx';
const plan = {
  ...planToCheck({
    id: 'tra-vinh-34-kh-duk',
    filePath: file,
    body: 'Ban Thường vụ Đảng ủy Khối tổ chức học tập chuyên đề năm.',
    data: planSchema.parse({
      number: '34-KH/ĐUK',
      documentType: 'KẾ HOẠCH',
      title: 'học tập chuyên đề',
      dateLine: 'Trà Vinh, ngày 20 tháng 10 năm 2021',
      issuer: 'Ban Thường vụ Đảng ủy Khối',
      province: 'Trà Vinh',
      provinceEvidence: 'Trà Vinh, ngày 20 tháng 10 năm 2021',
      signer: null,
      source: { file: 'seed.txt', lastLine: 3 },
      period: null,
      periodReason: 'Thử nghiệm.',
    }),
  }),
  filePath: file,
};
const provinces = {
  resolutions: {},
  provinces: [
    {
      name: 'Trà Vinh',
      sources: [{ url: 'https://example.org', title: 'Nguồn', checked: 'Thử nghiệm.' }],
    },
  ],
};
const sound = (): ContentToCheck => ({
  plans: [plan],
  forms: [],
  topics: [],
  commemorations: [],
  actors: {},
  provinces: provinces as unknown as ContentToCheck['provinces'],
  nationalDocuments: [],
  files: { actors: 'content/actors.yaml', provinces: 'content/provinces.yaml', documents: 'content/documents.yaml' },
  citedNational: new Set(),
});

describe('checkSiteIntegrity: every cross-collection check, one error', () => {
  test('sound content passes', () => {
    expect(findSiteProblems(sound())).toEqual([]);
    expect(() => checkSiteIntegrity(sound())).not.toThrow();
  });

  test('problems of several collections and files stop the build together, each naming file and field', () => {
    const content: ContentToCheck = {
      ...sound(),
      plans: [{ ...plan, data: { ...plan.data, province: 'Không Có Tỉnh Này', topics: ['khong-co'] } }],
      commemorations: [
        {
          id: 'ngay-thu',
          filePath: 'content/commemorations/ngay-thu.mdx',
          data: commemorationSchema.parse({
            name: 'Ngày thử',
            origin: { day: 19, month: 5, year: 1890 },
            scope: 'national',
            province: null,
            description: 'Thử.',
            source: 'Thử.',
            mentions: [{ plan: 'khong-co-ke-hoach', quote: 'thử' }],
          }),
        },
      ],
      topics: [
        {
          id: 'chu-de',
          filePath: 'content/topics/chu-de.mdx',
          data: topicSchema.parse({
            kind: 'theme',
            title: 'Chủ đề thử',
            keyPoints: [{ plan: 'tra-vinh-34-kh-duk', quote: 'không có câu này' }],
          }),
        },
      ],
      nationalDocuments: [{ number: '99-CT/TW', subjects: [] }] as unknown as ContentToCheck['nationalDocuments'],
    };
    const error = (() => {
      try {
        checkSiteIntegrity(content);
      } catch (thrown) {
        return thrown;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ContentIntegrityError);
    const problems = (error as ContentIntegrityError).problems;
    for (const expected of [
      'content/plans/tra-vinh-34-kh-duk.mdx: province "Không Có Tỉnh Này" is not in content/provinces.yaml',
      'content/plans/tra-vinh-34-kh-duk.mdx: topics[0] refers to "khong-co"',
      'content/commemorations/ngay-thu.mdx: mentions[0].plan "khong-co-ke-hoach" is not a plan',
      'content/topics/chu-de.mdx: keyPoints[0].quote "không có câu này" is not found',
      'content/documents.yaml: 0.number: "99-CT/TW" is not a national document the plans cite',
    ]) {
      expect(problems.some((problem) => problem.startsWith(expected))).toBe(true);
    }
    expect((error as Error).message).toContain('Nội dung không hợp lệ');
  });

  test('a plan id that would take a plan list page’s path stops the build, naming the file', () => {
    for (const id of ['tinh', 'nam', 'trang-2']) {
      const clash = { ...plan, id, filePath: `content/plans/${id}.mdx` };
      expect(findSiteProblems({ ...sound(), plans: [clash] })).toEqual([
        `content/plans/${id}.mdx: the plan id "${id}" (its file name) is a path of the plan lists (/ke-hoach/${id}/): rename the file`,
      ]);
    }
    expect(findSiteProblems({ ...sound(), plans: [{ ...plan, id: 'trang-vinh-1-kh' }] })).toEqual([]);
  });
});
