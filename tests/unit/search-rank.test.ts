import { describe, expect, test } from 'vitest';
import { matchText, rankByPhrase } from '../../src/lib/search-rank';

const page = (title: string, content: string) => ({ title, content });

describe('rankByPhrase', () => {
  test('moves pages holding the whole phrase above pages holding only its words', () => {
    const words = page('A', 'đoàn viên, đại hội, kết quả');
    const phrase = page('B', 'khối đại đoàn kết toàn dân tộc');
    expect(rankByPhrase('dai doan ket', [words, phrase])).toEqual([phrase, words]);
  });

  test('a phrase in the title outranks one in the body; repetition does not count', () => {
    const once = page('X', 'đại đoàn kết');
    const twice = page('Y', 'đại đoàn kết … đại đoàn kết');
    const titled = page('Chuyên đề đại đoàn kết', 'nội dung');
    expect(rankByPhrase('đại đoàn kết', [once, twice, titled])).toEqual([titled, once, twice]);
  });

  test('matches whole words only: "hính quyền" is not inside "chính quyền"', () => {
    const correct = page('A', 'phối hợp với chính quyền');
    const misprint = page('B', 'phối hợp với hính quyền');
    expect(rankByPhrase('hính quyền', [correct, misprint])).toEqual([misprint, correct]);
  });

  test('keeps the engine order for one-word queries and ties', () => {
    const a = page('A', 'x');
    const b = page('B', 'y');
    expect(rankByPhrase('dang', [a, b])).toEqual([a, b]);
    expect(rankByPhrase('khong co', [a, b])).toEqual([a, b]);
  });

  test('folds tones, đ and punctuation', () => {
    expect(matchText('“Tự diễn biến”, “tự chuyển hóa”')).toBe(' tu dien bien tu chuyen hoa ');
  });
});
