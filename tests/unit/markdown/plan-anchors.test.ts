import { expect, test } from 'vitest';
import { renderPlanBody } from '../../../src/markdown/plan-body';

const body = `Thực hiện Kế hoạch số 9-KH/TU như sau[^1]:

## I- MỤC ĐÍCH

\\- Báo cáo **trước ngày 20/02/2020.**

### 1. Mục con

Đoạn thứ nhất.

[^1]: Chú thích *một*.
`;
const options = {
  base: '/',
  plans: [],
  footnoteLabel: 'Chú thích',
  footnoteBackLabel: 'Quay lại chỗ dẫn chú thích {n}',
};

test('gives each block the id the page renders, with its reading text', () => {
  const { blocks, html, footnotesHtml } = renderPlanBody(body, { file: 'thu.mdx', province: 'Thử Nghiệm' }, options);
  expect(blocks).toEqual([
    { id: 'mo-dau-p1', text: 'Thực hiện Kế hoạch số 9-KH/TU như sau1:' },
    { id: 'i', text: 'I- MỤC ĐÍCH' },
    { id: 'i-p1', text: '- Báo cáo trước ngày 20/02/2020.' },
    { id: 'i-1', text: '1. Mục con' },
    { id: 'i-1-p1', text: 'Đoạn thứ nhất.' },
    { id: 'user-content-fn-1', text: 'Chú thích một.' },
  ]);
  for (const { id } of blocks) expect(html + footnotesHtml).toContain(`id="${id}"`);
});

test('gives the reading text of the whole body, Markdown markers aside', () => {
  const { text } = renderPlanBody(body, { file: 'thu.mdx', province: 'Thử Nghiệm' }, options);
  expect(text).toBe(
    'Thực hiện Kế hoạch số 9-KH/TU như sau: I- MỤC ĐÍCH - Báo cáo trước ngày 20/02/2020. 1. Mục con Đoạn thứ nhất. Chú thích một.',
  );
});
