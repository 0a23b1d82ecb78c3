import { describe, expect, test } from 'vitest';
import {
  FIRST_RESULTS,
  firstPage,
  longestRun,
  matchText,
  POSITION_WINDOW,
  rankByPhrase,
  rankByPositions,
  TEXT_WINDOW,
} from '../../../src/lib/search/rank';

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

describe('longestRun', () => {
  test('counts consecutive positions, ignoring order and repeats', () => {
    expect(longestRun([])).toBe(0);
    expect(longestRun([7])).toBe(1);
    expect(longestRun([40, 12, 13, 41, 14, 13])).toBe(3);
    expect(longestRun([1, 3, 5])).toBe(1);
  });
});

describe('rankByPositions', () => {
  const hit = (name: string, words: number[]) => ({ name, words });

  test('moves results whose matches hold the phrase above the others, keeping Pagefind order within each', () => {
    const scattered = hit('scattered', [3, 90, 400]);
    const phrase = hit('phrase', [200, 201, 202]);
    const alsoScattered = hit('alsoScattered', [5, 50]);
    const alsoPhrase = hit('alsoPhrase', [10, 11, 12, 80]);
    const ranked = rankByPositions('đại đoàn kết', [scattered, phrase, alsoScattered, alsoPhrase]);
    expect(ranked?.map((result) => result.name)).toEqual(['phrase', 'alsoPhrase', 'scattered', 'alsoScattered']);
  });

  test('a run shorter than the query is not the phrase', () => {
    const two = hit('two', [1, 2, 9]);
    expect(rankByPositions('tổ chức hội nghị', [two])).toBeNull();
  });

  test('says it cannot tell when no result holds the phrase by position (folded đ, compound numbers)', () => {
    expect(rankByPositions('dai doan ket', [hit('a', [1]), hit('b', [4, 9])])).toBeNull();
  });

  test('one-word queries keep Pagefind order', () => {
    const results = [hit('a', [1]), hit('b', [2, 3])];
    expect(rankByPositions('dang', results)).toEqual(results);
  });

  test('looks only POSITION_WINDOW results deep', () => {
    const results = Array.from({ length: POSITION_WINDOW + 1 }, (_, index) => hit(`r${index}`, [index * 10]));
    results[POSITION_WINDOW] = hit('deep', [1, 2]);
    expect(rankByPositions('hai từ', results)).toBeNull();
  });
});

describe('firstPage', () => {
  const result = (url: string, words: number[], content = '', title = '') => {
    const fetched: string[] = [];
    return { words, fetched, data: async () => (fetched.push(url), { url, content, meta: { title } }) };
  };

  test('orders by positions and fetches only the fragments it shows', async () => {
    const results = Array.from({ length: 12 }, (_, index) => result(`/p${index}/`, index === 8 ? [4, 5] : [index]));
    const { shown, rest } = await firstPage('hai từ', results);
    expect(shown.map((data) => data.url)).toEqual(['/p8/', '/p0/', '/p1/', '/p2/', '/p3/']);
    expect(results.filter((item) => item.fetched.length > 0)).toHaveLength(FIRST_RESULTS);
    expect(rest).toHaveLength(12 - FIRST_RESULTS);
    expect(rest[0]).toBe(results[4]);
  });

  test('falls back to reading the text of the first TEXT_WINDOW results when positions cannot tell', async () => {
    const results = Array.from({ length: 12 }, (_, index) =>
      result(`/p${index}/`, [index], index === 7 ? 'khối đại đoàn kết toàn dân' : 'đoàn viên và đại hội, kết quả'),
    );
    const { shown, rest } = await firstPage('dai doan ket', results);
    expect(shown).toHaveLength(TEXT_WINDOW);
    expect(shown[0]!.url).toBe('/p7/');
    expect(rest).toEqual(results.slice(TEXT_WINDOW));
  });
});
