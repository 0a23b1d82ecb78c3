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
  test('a plan states its period, or says why it has none (never both, never neither)', () => {
    expect(planSchema.parse(valid()).period).toEqual({ from: 2020, until: 2020, quotes: ['trước ngày 20/02/2020'] });
    const none = planSchema.safeParse({ ...valid(), period: null });
    expect(none.success).toBe(false);
    expect(none.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['periodReason']);
    expect(planSchema.parse({ ...valid(), period: null, periodReason: 'Không in thời kỳ.' }).periodReason).toBe(
      'Không in thời kỳ.',
    );
    const both = planSchema.safeParse({ ...valid(), periodReason: 'Không in thời kỳ.' });
    expect(both.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['periodReason']);
    const reversed = planSchema.safeParse({ ...valid(), period: { from: 2025, until: 2021, quotes: ['x'] } });
    expect(reversed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['period.until']);
    const missing = planSchema.safeParse({ ...valid(), period: undefined });
    expect(missing.error?.issues.map((issue) => issue.path.join('.'))).toContain('period');
  });

  test('a deadline names at least one actor id', () => {
    const plan = valid();
    const deadline = { ...(plan.deadlines as Record<string, unknown>[])[0], actors: [] };
    const result = planSchema.safeParse({ ...plan, deadlines: [deadline] });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['deadlines.0.actors']);
  });

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
