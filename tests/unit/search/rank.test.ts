import { describe, expect, test } from 'vitest';
import {
  FIRST_RESULTS,
  firstPage,
  longestRun,
  matchText,
  namedPages,
  POSITION_WINDOW,
  rankByPhrase,
  rankByPositions,
  reorderUnnamed,
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

  test('reads numbers without their leading zeros, as they are typed: "4 nam" is "04 năm"', () => {
    expect(matchText('sơ kết 04 năm, ngày 02/9/1945, mẫu 10')).toBe(' so ket 4 nam ngay 2 9 1945 mau 10 ');
    expect(matchText('0 và 00')).toBe(' 0 va 0 ');
  });

  test('a page the query names keeps its place; the others are reordered around it', () => {
    const named = { ...page('Ngày sinh Chủ tịch Hồ Chí Minh', '19/5/1890'), named: true };
    const plan = page('Kế hoạch 28', 'vào dịp sinh nhật Bác 19/5');
    const other = page('C', 'sinh hoạt chi bộ');
    expect(rankByPhrase('sinh nhat bac', [named, other, plan])).toEqual([named, plan, other]);
  });
});

describe('reorderUnnamed', () => {
  test('sorts only the unnamed items, in the places they held, keeping their order on ties', () => {
    const items = ['a', 'N', 'b', 'c', 'M'];
    const named = (item: string) => item === item.toUpperCase();
    expect(reorderUnnamed(items, named, (item) => (item === 'c' ? 1 : 0))).toEqual(['c', 'N', 'a', 'b', 'M']);
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
  const hit = (name: string, words: number[]) => ({ id: name, name, words });

  test('moves results whose matches hold the phrase above the others, keeping Pagefind order within each', () => {
    const scattered = hit('scattered', [3, 90, 400]);
    const phrase = hit('phrase', [200, 201, 202]);
    const alsoScattered = hit('alsoScattered', [5, 50]);
    const alsoPhrase = hit('alsoPhrase', [10, 11, 12, 80]);
    const ranked = rankByPositions('đại đoàn kết', [scattered, phrase, alsoScattered, alsoPhrase]);
    expect(ranked?.map((result) => result.name)).toEqual(['phrase', 'alsoPhrase', 'scattered', 'alsoScattered']);
  });

  test('a page the query names keeps the place Pagefind gave it', () => {
    const named = hit('named', []);
    const list = hit('list', [7, 8, 9]);
    const ranked = rankByPositions('mẫu báo cáo', [named, hit('other', [1]), list], new Set(['named']));
    expect(ranked?.map((result) => result.name)).toEqual(['named', 'list', 'other']);
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
    return { id: url, words, fetched, data: async () => (fetched.push(url), { url, content, meta: { title } }) };
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

describe('namedPages', () => {
  const searched: string[] = [];
  const search = async (query: string) => {
    searched.push(query);
    const results: Record<string, { id: string; matchedMetaFields?: string[] }[]> = {
      '"mau 03"': [{ id: 'form', matchedMetaFields: ['ten'] }, { id: 'plan' }],
      '"sinh nhat ba"': [],
      '"sinh nhat"': [
        { id: 'day', matchedMetaFields: ['title'] },
        { id: 'folded', matchedMetaFields: ['khong-dau'] },
      ],
    };
    return { results: results[query] ?? [] };
  };

  test('are the pages whose names or title hold the words in order, found by an exact search', async () => {
    await expect(namedPages('mau 03', search)).resolves.toEqual(new Set(['form']));
  });

  test('a half-typed last word: the words before it name the page; unordered folded words name nothing', async () => {
    await expect(namedPages('sinh nhat ba', search)).resolves.toEqual(new Set(['day']));
  });

  test('one word, or a query already exact, names nothing and searches nothing more', async () => {
    searched.length = 0;
    await expect(namedPages('mau', search)).resolves.toEqual(new Set());
    await expect(namedPages('"mau 03"', search)).resolves.toEqual(new Set());
    expect(searched).toEqual([]);
  });
});
