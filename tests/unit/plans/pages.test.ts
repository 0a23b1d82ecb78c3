import { describe, expect, test } from 'vitest';
import type { Plan } from '../../../src/schemas/plan';
import { groupByProvince, groupByYear, groupListPaths } from '../../../src/lib/plans/pages';
import { paginate } from '../../../src/lib/site/paginate';
import { UNDATED_YEAR } from '../../../src/lib/site/routes';

/** Just the fields the grouping reads. */
const entry = (id: string, province: string, issued: string | null) => ({
  id,
  data: { province, issued } as unknown as Plan,
});

describe('grouping', () => {
  const plans = [
    entry('a', 'Trà Vinh', '2021-10-20'),
    entry('b', 'Quảng Nam', '2020-05-04'),
    entry('c', 'Trà Vinh', null),
    entry('d', 'Đồng Tháp', '2020-01-02'),
    entry('e', 'Tây Ninh', null),
  ];

  test('by province: Vietnamese alphabetical order, unaccented slugs, input order kept', () => {
    const groups = groupByProvince(plans);
    expect(groups.map((group) => [group.slug, group.label, group.items.map((item) => item.id)])).toEqual([
      ['dong-thap', 'Đồng Tháp', ['d']],
      ['quang-nam', 'Quảng Nam', ['b']],
      ['tay-ninh', 'Tây Ninh', ['e']],
      ['tra-vinh', 'Trà Vinh', ['a', 'c']],
    ]);
  });

  test('by year: newest year first, undated plans last under their own slug', () => {
    const groups = groupByYear(plans, 'Không ghi ngày');
    expect(groups.map((group) => [group.slug, group.label, group.items.map((item) => item.id)])).toEqual([
      ['2021', '2021', ['a']],
      ['2020', '2020', ['b', 'd']],
      [UNDATED_YEAR, 'Không ghi ngày', ['c', 'e']],
    ]);
  });

  test('every plan is in exactly one province and one year group', () => {
    const many = Array.from({ length: 5000 }, (_, index) =>
      entry(`p${index}`, `Tỉnh ${index % 34}`, index % 7 === 0 ? null : `${2016 + (index % 10)}-01-01`),
    );
    for (const groups of [groupByProvince(many), groupByYear(many, '-')]) {
      const ids = groups.flatMap((group) => group.items.map((item) => item.id));
      expect(ids).toHaveLength(many.length);
      expect(new Set(ids).size).toBe(many.length);
    }
  });
});

describe('the pages of the province and year lists', () => {
  test('one path per page of each group: the slug as the named parameter, no segment for the first page', () => {
    const groups = groupByProvince([
      entry('a', 'Trà Vinh', null),
      entry('b', 'Trà Vinh', null),
      entry('c', 'Quảng Nam', null),
    ]);
    const paged = groups.map((group) => ({ ...group, pages: paginate(group.items, 1) }));
    const paths = groupListPaths(paged, 'province', { total: 3 });
    expect(paths.map(({ params }) => params)).toEqual([
      { province: 'quang-nam', page: undefined },
      { province: 'tra-vinh', page: undefined },
      { province: 'tra-vinh', page: 'trang-2' },
    ]);
    expect(paths[2]!.props.group.label).toBe('Trà Vinh');
    expect(paths[2]!.props.page.items.map((item) => item.id)).toEqual(['b']);
    expect(paths.every(({ props }) => props.facets.total === 3)).toBe(true);
  });
});
