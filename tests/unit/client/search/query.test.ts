import { describe, expect, test } from 'vitest';
import { endsWord, searchLabel, searchQuery } from '../../../../src/client/search/query';

describe('the search in the URL', () => {
  test('keeps the words trimmed, then the filters chosen', () => {
    expect(searchQuery('  dai doan ket ', { tinh: 'Tây Ninh' })).toBe('q=dai+doan+ket&tinh=T%C3%A2y+Ninh');
  });
  test('is empty when nothing is typed or chosen', () => {
    expect(searchQuery('   ', {})).toBe('');
  });
});

describe('what the status line calls a search', () => {
  test('the words typed, or else the filters chosen', () => {
    expect(searchLabel(' Tua Hai ', { tinh: 'Tây Ninh' })).toBe('Tua Hai');
    expect(searchLabel('', { loai: 'Kế hoạch', tinh: 'Tây Ninh' })).toBe('Kế hoạch, Tây Ninh');
  });
});

describe('a finished word', () => {
  test('is one followed by a space', () => {
    expect(endsWord('dai ')).toBe(true);
    expect(endsWord('dai')).toBe(false);
    expect(endsWord(' ')).toBe(false);
    expect(endsWord('dai  ')).toBe(false);
  });
});
