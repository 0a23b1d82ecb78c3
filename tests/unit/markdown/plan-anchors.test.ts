import { expect, test } from 'vitest';
import { anchoredBlocks, anchorOf } from '../../../src/markdown/plan-anchors';

const body = `Thực hiện Kế hoạch số 9-KH/TU như sau:

## I- MỤC ĐÍCH

\\- Báo cáo **trước ngày 20/02/2020.**

### 1. Mục con

Đoạn thứ nhất.
`;

test('gives each block the id the page renders, with its reading text', () => {
  expect(anchoredBlocks(body)).toEqual([
    { id: 'mo-dau-p1', text: 'Thực hiện Kế hoạch số 9-KH/TU như sau:' },
    { id: 'i', text: 'I- MỤC ĐÍCH' },
    { id: 'i-p1', text: '- Báo cáo trước ngày 20/02/2020.' },
    { id: 'i-1', text: '1. Mục con' },
    { id: 'i-1-p1', text: 'Đoạn thứ nhất.' },
  ]);
});

test('finds the paragraph of a quote, Markdown markers aside, or says there is none', () => {
  const blocks = anchoredBlocks(body);
  expect(anchorOf(blocks, 'Báo cáo **trước ngày 20/02/2020.**')).toBe('i-p1');
  expect(anchorOf(blocks, 'không có câu này')).toBeNull();
});
