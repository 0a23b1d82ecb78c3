import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { planSchema } from '../../src/schemas/plan';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/content');

function frontmatter(relative: string): Record<string, unknown> {
  const source = readFileSync(path.join(fixtures, relative), 'utf8');
  const match = /^---\n([\s\S]*?)\n---/u.exec(source);
  if (!match) throw new Error(`${relative} has no frontmatter`);
  return parseYaml(match[1]!) as Record<string, unknown>;
}

const valid = () => frontmatter('valid/plans/thu-nghiem-1-kh-duk.mdx');

describe('planSchema', () => {
  test('gives a valid plan its final shape: parsed number, ISO date, header bodies', () => {
    const plan = planSchema.parse(valid());
    expect(plan.number).toMatchObject({ raw: '1-KH/ĐUK', typeName: 'Kế hoạch', issuerCode: 'ĐUK' });
    expect(plan.issued).toBe('2020-02-29');
    expect(plan.place).toBe('Thử Nghiệm');
    expect(plan.superiorBody).toBe('ĐẢNG BỘ TỈNH THỬ NGHIỆM');
    expect(plan.issuingBody).toBe('ĐẢNG ỦY KHỐI THỬ NGHIỆM');
    expect(plan.numberAsPrinted).toBe('1-KH/ĐUK');
    expect(plan.undatedReason).toBeNull();
  });

  test('an undated plan needs a reason, and gets issued: null', () => {
    const undated = { ...valid(), dateLine: null };
    const failure = planSchema.safeParse(undated);
    expect(failure.success).toBe(false);
    expect(failure.error?.issues.map((issue) => issue.path.join('.'))).toContain('undatedReason');

    const plan = planSchema.parse({ ...undated, undatedReason: 'Bản nguồn không in ngày tháng.' });
    expect(plan.issued).toBeNull();
    expect(plan.place).toBeNull();
  });

  test.each([
    ['number', { number: '1/KH-ĐUK' }],
    ['dateLine', { dateLine: 'Thử Nghiệm, ngày 31 tháng 02 năm 2020' }],
    ['title', { title: undefined }],
    ['source.lastLine', { source: { file: 'a.txt', lastLine: 0 } }],
    ['signer.name', { signer: { name: '' } }],
  ])('names the field %s when it is invalid', (field, change) => {
    const result = planSchema.safeParse({ ...valid(), ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});
