import { describe, expect, test } from 'vitest';
import { createSectionIdAllocator, readSectionToken } from '../../../src/markdown/section-numbering';

describe('readSectionToken', () => {
  test.each([
    ['I- MỤC ĐÍCH, YÊU CẦU', { kind: 'roman', value: 'I' }],
    ['II. NỘI DUNG THỰC HIỆN', { kind: 'roman', value: 'II' }],
    ['1. Hội nghị học tập', { kind: 'arabic', parts: ['1'] }],
    ['2.1- Đối với cơ sở:', { kind: 'arabic', parts: ['2', '1'] }],
    ['6.1. Nội dung trọng tâm', { kind: 'arabic', parts: ['6', '1'] }],
    ['a- Đối tượng', { kind: 'letter', value: 'a' }],
    ['Lưu ý chung', null],
  ])('reads the numbering of "%s"', (heading, token) => {
    expect(readSectionToken(heading)).toEqual(token);
  });
});

describe('createSectionIdAllocator', () => {
  test('derives ids from the numbering hierarchy of a plan', () => {
    const allocate = createSectionIdAllocator();
    const ids = [
      'I- MỤC ĐÍCH, YÊU CẦU',
      '1- Mục đích',
      '2- Yêu cầu',
      'II- NỘI DUNG',
      '2- Cách thức',
      '2.1- Đối với cơ sở:',
      'a- Đối tượng',
      'b- Tiêu chuẩn',
      'III- TỔ CHỨC THỰC HIỆN',
    ].map(allocate);
    expect(ids).toEqual(['i', 'i-1', 'i-2', 'ii', 'ii-2', 'ii-2-1', 'ii-2-1-a', 'ii-2-1-b', 'iii']);
  });

  test('keeps ids unique and slugs headings without numbering', () => {
    const allocate = createSectionIdAllocator();
    expect(allocate('Đánh giá chung')).toBe('danh-gia-chung');
    expect(allocate('Đánh giá chung')).toBe('danh-gia-chung-2');
  });
});
