import { describe, expect, test } from 'vitest';
import { documentNumberSpellings, foldedDWords, highlightUrl, normaliseQuery } from '../../../src/lib/search/terms';

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
    ['05 ct tw', '05-CT/TW'],
    ['733 qd ttg', '733 qd ttg'],
  ])('"%s" → "%s"', (query, expected) => {
    expect(normaliseQuery(query)).toBe(expected);
  });

  test.each([
    // Issue 16: "10namchi" and "02mohinh" were searched.
    ['tong ket 10 nam chi thi 05', 'tong ket 10 nam chi thi 05'],
    ['mau 02 mo hinh', 'mau 02 mo hinh'],
    ['so ket 04 nam chi thi', 'so ket 04 nam chi thi'],
    ['bao cao 6 thang dau nam', 'bao cao 6 thang dau nam'],
    ['12 to dang', '12 to dang'],
    // A type code must be followed by a known issuer, and each must be a whole word.
    ['34 kh dukx', '34 kh dukx'],
    ['x34 kh duk', 'x34 kh duk'],
  ])('never joins words that are not a document number: "%s"', (query, expected) => {
    expect(normaliseQuery(query)).toBe(expected);
  });

  test.each([
    ['ke hoach 34', 'KH34'],
    ['kế hoạch 34', 'KH34'],
    ['KẾ HOẠCH SỐ 28', 'KH28'],
    ['kh 34', 'KH34'],
    ['kh34', 'KH34'],
    ['ke hoach so 147 tra vinh', 'KH147 tra vinh'],
    // A year is not a plan's number; a whole number stays as printed.
    ['ke hoach 2021', 'ke hoach 2021'],
    ['ke hoach 59 - KH / DUK', 'ke hoach 59-KH/ĐUK'],
    // Words that only start like "kh".
    ['khoa 12', 'khoa 12'],
  ])('a plan typed by its type and serial becomes the word it is named by: "%s" → "%s"', (query, expected) => {
    expect(normaliseQuery(query)).toBe(expected);
  });

  test.each([
    ['2/9', '02/09'],
    ['02/9', '02/09'],
    ['2-9', '02/09'],
    ['19-5', '19/05'],
    ['3/2', '03/02'],
    ['27/1/2022', '27/01/2022'],
    ['15/12', '15/12'],
  ])('a date alone is searched in its two-digit spelling: "%s" → "%s"', (query, expected) => {
    expect(normaliseQuery(query)).toBe(expected);
  });

  test('a date among words stays as typed (the other words narrow it)', () => {
    expect(normaliseQuery('quoc khanh 2/9')).toBe('quoc khanh 2/9');
  });
});

describe('highlightUrl', () => {
  test('adds the words searched before the anchor', () => {
    expect(highlightUrl('/ke-hoach/x/#doan-2', ' đại đoàn kết ')).toBe(
      `/ke-hoach/x/?tu-khoa=${encodeURIComponent('đại đoàn kết')}#doan-2`,
    );
  });

  // Found by query.property.test.ts: encodeURIComponent threw "URI malformed" on half an emoji.
  test('carries a lone surrogate as U+FFFD instead of throwing', () => {
    expect(highlightUrl('/ke-hoach/x/', 'Bác \ud83c')).toBe(`/ke-hoach/x/?tu-khoa=${encodeURIComponent('Bác \ufffd')}`);
  });
});
