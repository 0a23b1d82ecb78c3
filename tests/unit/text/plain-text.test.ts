import { expect, test } from 'vitest';
import { plainText } from '../../../src/lib/text/plain-text';

test('strips emphasis, escapes, heading marks and footnote markers', () => {
  expect(plainText('## **1. Hội nghị**')).toBe('1. Hội nghị');
  expect(plainText('\\- Thời hạn: **trước ngày 20/02/2020.**')).toBe('- Thời hạn: trước ngày 20/02/2020.');
  expect(plainText('Kết luận số 01-KL/TW[^1], chuyên đề')).toBe('Kết luận số 01-KL/TW, chuyên đề');
  expect(plainText('Kết luận số 01-KL/TW⁽¹⁾, chuyên đề')).toBe('Kết luận số 01-KL/TW, chuyên đề');
  expect(plainText('[^1]: Văn phòng Đảng ủy Khối')).toBe('Văn phòng Đảng ủy Khối');
  expect(plainText('⁽¹⁾ Văn phòng Đảng ủy Khối')).toBe('Văn phòng Đảng ủy Khối');
  expect(plainText('ngày\u00a030\t tháng')).toBe('ngày 30 tháng');
});

test('collapses every kind of whitespace run, and leaves single spaces as they are', () => {
  expect(plainText('  Tổ chức  hội nghị \n sơ kết ')).toBe('Tổ chức hội nghị sơ kết');
  expect(plainText('a\u00a0b\u2003c\r\nd')).toBe('a b c d');
  expect(plainText(' đã đúng một khoảng trắng ')).toBe('đã đúng một khoảng trắng');
  const long = `${'Nội dung kế hoạch. '.repeat(400)}\n\nHết.`;
  expect(plainText(long)).toBe(`${'Nội dung kế hoạch. '.repeat(400)}Hết.`);
});
