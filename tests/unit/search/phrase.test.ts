import { describe, expect, test } from 'vitest';
import { excerpt, findMatches, segments } from '../../../src/lib/search/phrase';

/** The marked words of a text for a query. */
const marked = (text: string, query: string) =>
  findMatches(text, query).ranges.map(([start, end]) => text.slice(start, end));
/** An excerpt as text, marks in [brackets]. */
const shown = (...args: Parameters<typeof excerpt>) =>
  excerpt(...args)
    .map((piece) => (piece.mark ? `[${piece.text}]` : piece.text))
    .join('');

describe('findMatches', () => {
  test('marks the phrase, not a syllable of it standing in another word (issue 16: "nâng cao")', () => {
    const text = 'Nâng cao chất lượng; hạn nộp báo cáo là ngày 15/12, báo cáo gửi về Ban.';
    expect(marked(text, 'han nop bao cao')).toEqual(['hạn nộp báo cáo', 'báo cáo']);
  });

  test('a one-word query marks whole words only: "ke" is "Kế", never "Kết"', () => {
    expect(marked('Kết luận và Kế hoạch; kế tiếp', 'ke')).toEqual(['Kế', 'kế']);
  });

  test('two or more consecutive query words in order are a run; out of order they are not', () => {
    expect(marked('Tây Ninh, Ninh Tây, Tây', 'tay ninh')).toEqual(['Tây Ninh']);
    expect(marked('mô hình học tập và làm theo Bác', 'xay dung mo hinh hoc tap')).toEqual(['mô hình học tập']);
  });

  test('a comma or a bracket ends a run; a dash or a slash inside a number does not', () => {
    expect(marked('đoàn kết lâu dài, đoàn kết rộng rãi', 'dai doan ket')).toEqual(['đoàn kết', 'đoàn kết']);
    expect(marked('Ngày Quốc khánh (02/9/1945)', 'quoc khanh 2/9')).toEqual(['Quốc khánh', '02/9']);
    expect(marked('Chỉ thị số 05 - CT/TW', '05-CT/TW')).toEqual(['05 - CT/TW']);
  });

  test('numbers count alone, without their leading zeros; document numbers as one run', () => {
    expect(marked('Mẫu số 02 — bảng tổng hợp mô hình', 'mau 02 mo hinh')).toEqual(['02', 'mô hình']);
    expect(marked('ngày 02/9/1945', 'quoc khanh 2/9')).toEqual(['02/9']);
    expect(marked('Kế hoạch số 34-KH/ĐUK ngày', '34-KH/DUK')).toEqual(['34-KH/ĐUK']);
  });

  test('a one-digit number alone is not marked, nor a number typed with other zeros', () => {
    expect(marked('3. Những hạn chế; mẫu số 03', 'mau so 03')).toEqual(['mẫu số 03']);
    expect(marked('năm 2021, mục 3', 'ke hoach 2021 3')).toEqual(['2021']);
  });

  test('the last word may be half typed, inside a run only', () => {
    expect(marked('dịp sinh nhật Bác 19/5; Ban', 'sinh nhat ba')).toEqual(['sinh nhật Bác']);
    expect(marked('Ban Tuyên giáo', 'sinh nhat ba')).toEqual([]);
    expect(marked('Nghị quyết số 33-NQ/TW', 'mau so 03')).toEqual([]);
  });

  test('folds tones and đ', () => {
    expect(marked('khối đại đoàn kết toàn dân', 'dai doan ket')).toEqual(['đại đoàn kết']);
    expect(marked('Đảng 5', 'dang 05')).toEqual(['Đảng 5']);
  });

  test('reports the longest run found', () => {
    expect(findMatches('đại đoàn và đoàn kết', 'dai doan ket').longest).toBe(2);
    expect(findMatches('không có', 'dai doan ket')).toEqual({ ranges: [], longest: 0 });
  });
});

describe('segments', () => {
  test('cuts a text at the marked ranges', () => {
    expect(segments('ab cd ef', [[3, 5]])).toEqual([
      { text: 'ab ', mark: false },
      { text: 'cd', mark: true },
      { text: ' ef', mark: false },
    ]);
  });
});

describe('excerpt', () => {
  const form =
    'Mẫu số 03 — Báo cáo kết quả thực hiện mô hình. Biểu mẫu dùng để làm gì. ' +
    'Chi bộ báo cáo kết quả thực hiện mô hình về Đảng ủy cơ sở trước ngày 15/12 hằng năm.';
  const title = 'Mẫu số 03 — Báo cáo kết quả thực hiện mô hình';

  test('shows the sentence holding the phrase, not the title the result already shows', () => {
    expect(shown(form, 'bao cao ket qua thuc hien mo hinh', title)).toBe(
      'Chi bộ [báo cáo kết quả thực hiện mô hình] về Đảng ủy cơ sở trước ngày 15/12 hằng năm.',
    );
  });

  test('the phrase in the title still comes before a weaker match elsewhere', () => {
    const topic = '4 nguyên tắc đại đoàn kết toàn dân tộc. Đoàn kết lâu dài, đoàn kết rộng rãi.';
    expect(shown(topic, 'dai doan ket', '4 nguyên tắc đại đoàn kết toàn dân tộc')).toBe(
      '4 nguyên tắc [đại đoàn kết] toàn dân tộc.',
    );
  });

  test('prefers the sentence with the whole phrase over one with its words scattered', () => {
    const text = 'Hạn chót là cuối năm; nộp báo cáo sau. Hạn nộp báo cáo: trước ngày 15/12.';
    expect(shown(text, 'han nop bao cao')).toBe('[Hạn nộp báo cáo]: trước ngày 15/12.');
  });

  test('cuts a long sentence around its match, marking where it was cut', () => {
    const long = `${Array.from({ length: 40 }, (_, index) => `từ${index}`).join(' ')} đại đoàn kết ${Array.from({ length: 40 }, (_, index) => `chữ${index}`).join(' ')}.`;
    const text = shown(long, 'dai doan ket', '', 12);
    expect(text).toBe('… từ35 từ36 từ37 từ38 từ39 [đại đoàn kết] chữ0 chữ1 chữ2 chữ3 …');
  });

  test('without a match, the beginning of the text', () => {
    expect(shown('một hai ba bốn', 'xyz', '', 2)).toBe('một hai …');
  });
});
