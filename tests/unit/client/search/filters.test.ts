import { describe, expect, test } from 'vitest';
import { chosenFilters, filterChoices } from '../../../../src/client/search/filters';

describe('filter choices', () => {
  test('in Vietnamese order, numbers by value, each with its count', () => {
    expect(filterChoices({ 'Trà Vinh': 3, 'Tây Ninh': 1, 'Quảng Nam': 2 }).map((choice) => choice.label)).toEqual([
      'Quảng Nam (2)',
      'Tây Ninh (1)',
      'Trà Vinh (3)',
    ]);
    expect(filterChoices({ '2020': 1, '2019': 4, '10': 1 }).map((choice) => choice.value)).toEqual([
      '10',
      '2019',
      '2020',
    ]);
  });
  test('none when Pagefind knows no value for the filter', () => {
    expect(filterChoices(undefined)).toEqual([]);
  });

  test('a value the page labels is shown with its label, the value kept', () => {
    expect(filterChoices({ 'Trà Vinh': 3, '2020': 1 }, { 'Trà Vinh': 'Trà Vinh, nay thuộc tỉnh Vĩnh Long' })).toEqual([
      { value: '2020', label: '2020 (1)' },
      { value: 'Trà Vinh', label: 'Trà Vinh, nay thuộc tỉnh Vĩnh Long (3)' },
    ]);
  });
});

describe('the filters chosen', () => {
  test('leave out those on "Tất cả"', () => {
    expect(
      chosenFilters([
        { name: 'loai', value: 'Kế hoạch' },
        { name: 'nam', value: '' },
        { name: 'tinh', value: 'Tây Ninh' },
      ]),
    ).toEqual({ loai: 'Kế hoạch', tinh: 'Tây Ninh' });
  });
});
