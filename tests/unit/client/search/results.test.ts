import { describe, expect, test } from 'vitest';
import { relatedSections, splitTitle, statusLine } from '../../../../src/client/search/results';
import { format } from '../../../../src/i18n/format';
import type { PagefindResultData } from '../../../../src/client/search/pagefind';

const data = (sections: [title: string, url: string][]): PagefindResultData => ({
  url: '/ke-hoach/a/',
  excerpt: '',
  content: '',
  meta: { title: 'A' },
  sub_results: sections.map(([title, url]) => ({ title, url, excerpt: '' })),
});

describe('related sections', () => {
  test('titled sections other than the page itself, at most three', () => {
    const sections = relatedSections(
      data([
        ['A', '/ke-hoach/a/'],
        ['I. Mục đích', '/ke-hoach/a/#muc-dich'],
        ['', '/ke-hoach/a/#x'],
        ['II', '/ke-hoach/a/#ii'],
        ['III', '/ke-hoach/a/#iii'],
        ['IV', '/ke-hoach/a/#iv'],
      ]),
    );
    expect(sections.map((section) => section.title)).toEqual(['I. Mục đích', 'II', 'III']);
  });
});

describe('the status line', () => {
  const messages = {
    count: '{count} kết quả cho “{query}”',
    countOne: '1 kết quả cho “{query}”',
    empty: 'Không có “{query}”.',
    emptyHint: 'Thử lại.',
  };
  const text = (name: keyof typeof messages, values?: Record<string, string | number>) =>
    format(messages[name], values);
  test('counts the results, one in the singular', () => {
    expect(statusLine(text, 7, 'dai doan ket')).toBe('7 kết quả cho “dai doan ket”');
    expect(statusLine(text, 1, 'Tua Hai')).toBe('1 kết quả cho “Tua Hai”');
  });
  test('says nothing was found, with the hint', () => {
    expect(statusLine(text, 0, 'xyz')).toBe('Không có “xyz”. Thử lại.');
  });
});

describe('a result title', () => {
  test('is cut after its kind and number, which a clamped title must never hide', () => {
    expect(splitTitle('Kế hoạch số 34-KH/ĐUK — thực hiện Kết luận số 01-KL/TW — và')).toEqual({
      lead: 'Kế hoạch số 34-KH/ĐUK',
      name: 'thực hiện Kết luận số 01-KL/TW — và',
    });
    expect(splitTitle('Mốc thời gian')).toEqual({ lead: null, name: 'Mốc thời gian' });
    // A kind without a number is no more than the title's first words.
    expect(splitTitle('Chuyên đề — Xây và chống')).toEqual({ lead: null, name: 'Chuyên đề — Xây và chống' });
  });
});
