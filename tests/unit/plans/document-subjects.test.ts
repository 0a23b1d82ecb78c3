import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { findSubjectProblems, subjectPath } from '../../../src/lib/plans/document-subjects';
import { nationalDocumentsFileSchema } from '../../../src/schemas/national-document';

const plan = {
  id: 'tra-vinh-34-kh-duk',
  blocks: [
    {
      id: 'p1',
      text: 'Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, Ban Thường vụ xây dựng kế hoạch.',
    },
    { id: 'p2', text: 'Tổ chức sơ kết Chỉ thị số 05-CT/TW. Về đẩy mạnh công tác tuyên truyền.' },
  ],
};

describe('a cited document’s subject as a plan prints it', () => {
  test('is found right after the number, date and issuer, and links to its paragraph', () => {
    expect(subjectPath(plan, '01-KL/TW', 'về tiếp tục thực hiện Chỉ thị số 05-CT/TW')).toBe(
      '/ke-hoach/tra-vinh-34-kh-duk/#p1',
    );
    expect(
      subjectPath(plan, '05-CT/TW', 'về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'),
    ).toBe('/ke-hoach/tra-vinh-34-kh-duk/#p1');
  });

  test('is refused when a sentence ends between the number and the words, or the words are not there', () => {
    expect(subjectPath(plan, '05-CT/TW', 'Về đẩy mạnh công tác tuyên truyền')).toBeNull();
    expect(subjectPath(plan, '01-KL/TW', 'về một điều không in')).toBeNull();
  });

  test('problems name the file, the entry and the field', () => {
    expect(
      findSubjectProblems(
        [
          { number: '05-CT/TW', subjects: [{ plan: 'tra-vinh-34-kh-duk', quote: 'về một điều không in' }] },
          { number: '01-KL/TW', subjects: [{ plan: 'khong-co', quote: 'về' }] },
        ],
        [plan],
        'content/documents.yaml',
      ),
    ).toEqual([
      'content/documents.yaml: 0.subjects.0.quote: "về một điều không in" does not follow a citation of 05-CT/TW in one paragraph of tra-vinh-34-kh-duk (only its date and issuer may stand between)',
      'content/documents.yaml: 1.subjects.0.plan: "khong-co" is not a plan of the site',
    ]);
  });
});

describe('the national documents file', () => {
  const source = { publisher: 'P', says: 'S', verified: 'V' };
  const messages = (value: unknown) =>
    nationalDocumentsFileSchema
      .safeParse(value)
      .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

  test('an official address must be https on the Party’s or the Government’s portal', () => {
    expect(
      messages([{ number: '05-CT/TW', official: { ...source, url: 'https://tulieuvankien.dangcongsan.vn/x' } }]),
    ).toEqual([]);
    expect(messages([{ number: '27/CT-TTg', official: { ...source, url: 'https://vanban.chinhphu.vn/x' } }])).toEqual(
      [],
    );
    expect(messages([{ number: '05-CT/TW', official: { ...source, url: 'https://example.org/x' } }])).toEqual([
      "0.official.url: must be on the Party's (dangcongsan.vn) or the Government's (chinhphu.vn) portal",
    ]);
    expect(
      messages([{ number: '05-CT/TW', official: { ...source, url: 'https://dangcongsan.vn.example.org/x' } }]),
    ).toEqual(["0.official.url: must be on the Party's (dangcongsan.vn) or the Government's (chinhphu.vn) portal"]);
    expect(messages([{ number: '05-CT/TW' }, { number: '05-CT/TW' }])).toEqual([
      '1.number: "05-CT/TW" is listed twice',
    ]);
  });

  test('the real file parses; every official address records how it was verified', () => {
    const real = nationalDocumentsFileSchema.parse(parse(readFileSync('content/documents.yaml', 'utf8')));
    expect(real.find((document) => document.number === '05-CT/TW')?.official?.url).toMatch(
      /^https:\/\/tulieuvankien\.dangcongsan\.vn\//u,
    );
    for (const document of real) if (document.official) expect(document.official.verified.length).toBeGreaterThan(20);
  });
});
