import { describe, expect, test } from 'vitest';
import { parseInline, segmentsText } from '../../../src/lib/forms/inline';

describe('parseInline', () => {
  test('splits text, labelled blanks and italic guidance', () => {
    expect(parseInline('tổ đảng {{.....|Tên tổ đảng}} *(nêu tóm tắt)*.')).toEqual([
      { kind: 'text', text: 'tổ đảng ', italic: false },
      { kind: 'blank', printed: '.....', label: 'Tên tổ đảng', italic: false },
      { kind: 'text', text: ' ', italic: false },
      { kind: 'text', text: '(nêu tóm tắt)', italic: true },
      { kind: 'text', text: '.', italic: false },
    ]);
  });

  test('keeps a lone asterisk as printed ("* Đánh giá chung")', () => {
    expect(segmentsText(parseInline('* Đánh giá chung'))).toBe('* Đánh giá chung');
  });

  test('a blank may print as nothing (an empty table cell)', () => {
    expect(parseInline('{{|Họ và tên}}')).toEqual([{ kind: 'blank', printed: '', label: 'Họ và tên', italic: false }]);
  });

  test('rejects a blank without a label and a malformed blank', () => {
    expect(() => parseInline('{{.....| }}')).toThrow(/without a label/u);
    expect(() => parseInline('tháng {{.../2020')).toThrow(/malformed blank/u);
  });
});

describe('segmentsText', () => {
  test('prints blanks as dots, or the values written into them', () => {
    const segments = parseInline('tháng {{...|Tháng}}/2020, tổ {{.....|Tổ}}');
    expect(segmentsText(segments)).toBe('tháng .../2020, tổ .....');
    expect(segmentsText(segments, { Tháng: '5', Tổ: '  ' })).toBe('tháng 5/2020, tổ .....');
  });
});
