import { describe, expect, test } from 'vitest';
import { documentNumberSpellings, foldedDWords, normaliseQuery } from '../../../src/lib/search/terms';

describe('foldedDWords', () => {
  test('folds every word holding đ, once, sorted', () => {
    expect(foldedDWords('Đảng ủy Khối, đoàn kết; Đảng và đạo đức')).toEqual(['dang', 'dao', 'doan', 'duc']);
  });
  test('keeps words without đ out (Pagefind folds their tones itself)', () => {
    expect(foldedDWords('học tập và làm theo')).toEqual([]);
  });
});

describe('documentNumberSpellings', () => {
  test('lists the spellings of 34-KH/ĐUK people type', () => {
    expect(documentNumberSpellings('34-KH/ĐUK')).toEqual(['34-KH/ĐUK', '34-KH/DUK', 'KH34', '34khduk']);
  });
});

describe('normaliseQuery', () => {
  test('composes a decomposed (NFD) query, as the index is composed', () => {
    expect(normaliseQuery('học tập  và làm theo'.normalize('NFD'))).toBe('học tập và làm theo'.normalize('NFC'));
    expect(normaliseQuery('34 kh đuk'.normalize('NFD'))).toBe('34-KH/ĐUK');
  });

  test.each([
    ['34-KH/DUK', '34-KH/ĐUK'],
    ['34 kh duk', '34-KH/ĐUK'],
    ['34-kh/đuk', '34-KH/ĐUK'],
    ['  147  kh  tu ', '147-KH/TU'],
    ['ke hoach 59 - KH / DUK', 'ke hoach 59-KH/ĐUK'],
    ['dai doan ket', 'dai doan ket'],
    ['mau so 03', 'mau so 03'],
    ['15/12', '15/12'],
  ])('"%s" → "%s"', (query, expected) => {
    expect(normaliseQuery(query)).toBe(expected);
  });
});
