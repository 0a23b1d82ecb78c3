import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { provincesFileSchema, type ProvincesFile } from '../../../src/schemas/province';
import {
  compactName,
  findProvinceProblems,
  groupByToday,
  joinNames,
  nowPhrase,
  provinceHistory,
  todaysNames,
} from '../../../src/lib/provinces/history';

const source = {
  url: 'https://example.org/a',
  publisher: 'Báo thử',
  says: 'words',
  verified: 'how',
};
const file: ProvincesFile = provincesFileSchema.parse({
  resolutions: {
    nq: { number: '202/2025/QH15', title: 'về việc thử', issuer: 'Quốc hội', adopted: '2025-06-12', sources: [source] },
  },
  provinces: [
    {
      name: 'Trà Vinh',
      now: { unit: 'tỉnh', name: 'Vĩnh Long' },
      mergedWith: ['Vĩnh Long', 'Bến Tre'],
      since: '2025-07-01',
      resolution: 'nq',
      sources: [source],
    },
    {
      name: 'Quảng Nam',
      now: { unit: 'thành phố', name: 'Đà Nẵng' },
      mergedWith: ['Đà Nẵng'],
      since: '2025-07-01',
      resolution: 'nq',
      sources: [source],
    },
    {
      name: 'Tây Ninh',
      now: { unit: 'tỉnh', name: 'Tây Ninh' },
      mergedWith: ['Long An'],
      since: '2025-07-01',
      resolution: 'nq',
      sources: [source],
    },
    { name: 'Hà Nội', now: { unit: 'thành phố', name: 'Hà Nội' }, sources: [source] },
  ],
});

describe('provinces and what became of them', () => {
  test('a reorganised province knows today’s unit and the act; an unchanged one is itself', () => {
    const traVinh = provinceHistory(file, 'Trà Vinh')!;
    expect(traVinh).toMatchObject({ reorganised: true, sameName: false, now: { unit: 'tỉnh', name: 'Vĩnh Long' } });
    expect(traVinh.resolution?.number).toBe('202/2025/QH15');
    expect(provinceHistory(file, 'Tây Ninh')).toMatchObject({ reorganised: true, sameName: true });
    expect(provinceHistory(file, 'Hà Nội')).toMatchObject({ reorganised: false, resolution: null, since: null });
    expect(provinceHistory(file, 'Không có')).toBeNull();
  });

  test('today’s names for the index, đ folded too; none for an unchanged province', () => {
    expect(todaysNames(provinceHistory(file, 'Trà Vinh')!)).toEqual(['tỉnh Vĩnh Long']);
    expect(todaysNames(provinceHistory(file, 'Quảng Nam')!)).toEqual(['thành phố Đà Nẵng', 'thanh pho Da Nang']);
    expect(todaysNames(provinceHistory(file, 'Hà Nội')!)).toEqual([]);
  });

  test('today’s unit in words: in full for a plan’s page, compact for a line of a list', () => {
    const of = (name: string) => provinceHistory(file, name)!;
    expect(nowPhrase(of('Trà Vinh'), 'full')).toBe('nay thuộc tỉnh Vĩnh Long');
    expect(nowPhrase(of('Tây Ninh'), 'full')).toBe('nay thuộc tỉnh Tây Ninh mới, gồm cả Long An');
    expect(nowPhrase(of('Hà Nội'), 'full')).toBeNull();
    expect(compactName(of('Trà Vinh'))).toBe('Trà Vinh, nay thuộc tỉnh Vĩnh Long');
    expect(compactName(of('Quảng Nam'))).toBe('Quảng Nam, nay thuộc thành phố Đà Nẵng');
    expect(compactName(of('Tây Ninh'))).toBe('Tây Ninh, nay gồm cả Long An');
    expect(compactName(of('Hà Nội'))).toBe('Hà Nội');
  });

  test('a plan naming an unknown province is reported with its file and field', () => {
    expect(
      findProvinceProblems(
        [
          { file: 'a.mdx', province: 'Trà Vinh' },
          { file: 'b.mdx', province: 'Long An' },
        ],
        file,
        'content/provinces.yaml',
      ),
    ).toEqual([
      'b.mdx: province "Long An" is not in content/provinces.yaml: add it there with the unit it belongs to today and a published source',
    ]);
  });

  test('an unknown province that looks like a listed one is shown beside it, code point by code point', () => {
    // In capitals, as a plan's header prints it: the same letters once case is set aside.
    const [problem] = findProvinceProblems([{ file: 'a.mdx', province: 'TRÀ Vinh' }], file, 'content/provinces.yaml');
    expect(problem).toContain('province "TRÀ Vinh" is not in content/provinces.yaml ("TRÀ Vinh" (U+0054 U+0052 U+00C0');
    expect(problem).toContain('looks like "Trà Vinh" (U+0054 U+0072 U+00E0');
  });

  test('the index groups printed provinces under today’s units, alphabetically', () => {
    const groups = groupByToday(file, [
      { slug: 'tra-vinh', label: 'Trà Vinh', count: 3 },
      { slug: 'tay-ninh', label: 'Tây Ninh', count: 1 },
      { slug: 'quang-nam', label: 'Quảng Nam', count: 1 },
    ]);
    expect(groups.map((group) => [group.now.name, group.provinces.map((p) => p.label)])).toEqual([
      ['Đà Nẵng', ['Quảng Nam']],
      ['Tây Ninh', ['Tây Ninh']],
      ['Vĩnh Long', ['Trà Vinh']],
    ]);
    // Only a draft can name an unlisted province: it stands under its own name, with no history.
    const unlisted = groupByToday(file, [{ slug: 'x', label: 'Không có', count: 1 }]);
    expect(unlisted.map((group) => [group.now.name, group.reorganised])).toEqual([['Không có', false]]);
  });

  test('names join as Vietnamese prose', () => {
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A và B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B và C');
  });
});

describe('the provinces file schema', () => {
  const messages = (value: unknown) =>
    provincesFileSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ??
    [];

  test('the real file is valid and records the three provinces the plans name', () => {
    const real = provincesFileSchema.parse(parse(readFileSync('content/provinces.yaml', 'utf8')));
    expect(real.provinces.map((p) => [p.name, p.now.unit, p.now.name])).toEqual([
      ['Trà Vinh', 'tỉnh', 'Vĩnh Long'],
      ['Quảng Nam', 'thành phố', 'Đà Nẵng'],
      ['Tây Ninh', 'tỉnh', 'Tây Ninh'],
    ]);
    expect(real.resolutions['nq-202-2025-qh15']).toMatchObject({ number: '202/2025/QH15', adopted: '2025-06-12' });
  });

  test('a source is required, https only; a reorganised province needs its date and act', () => {
    expect(messages({ provinces: [{ name: 'A', now: { unit: 'tỉnh', name: 'A' }, sources: [] }] })).toEqual([
      'provinces.0.sources: give at least one published source',
    ]);
    expect(
      messages({
        provinces: [
          { name: 'A', now: { unit: 'tỉnh', name: 'B' }, sources: [{ ...source, url: 'javascript:alert(1)' }] },
        ],
      }),
    ).toEqual([
      'provinces.0.sources.0.url: must be an https:// address',
      'provinces.0.since: required when the province was reorganised',
      'provinces.0.resolution: required when the province was reorganised',
    ]);
    expect(
      messages({
        provinces: [
          { name: 'A', now: { unit: 'tỉnh', name: 'B' }, since: '2025-07-01', resolution: 'x', sources: [source] },
          { name: 'A', now: { unit: 'tỉnh', name: 'A' }, sources: [source] },
        ],
      }),
    ).toEqual(['provinces.0.resolution: "x" is not a key of resolutions', 'provinces.1.name: "A" is listed twice']);
  });
});
