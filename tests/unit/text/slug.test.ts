import { expect, test } from 'vitest';
import { foldVietnamese, slugify } from '../../../src/lib/text/slug';

test('folds tones, marks and đ', () => {
  expect(foldVietnamese('Đảng ủy Khối đoàn kết')).toBe('Dang uy Khoi doan ket');
});

test('makes unaccented URL slugs', () => {
  expect(slugify('Kế hoạch số 34-KH/ĐUK')).toBe('ke-hoach-so-34-kh-duk');
  expect(slugify('  Trà Vinh ')).toBe('tra-vinh');
});
