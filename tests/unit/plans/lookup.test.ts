import { describe, expect, test } from 'vitest';
import { anchorOf, ATTACHMENTS_ANCHOR, planById, quoteAnchor, quotePath } from '../../../src/lib/plans/lookup';

const plan = {
  id: 'tra-vinh-34-kh-duk',
  blocks: [
    { id: 'i', text: 'I- MỤC ĐÍCH' },
    { id: 'i-p1', text: '- Báo cáo trước ngày 20/02/2020.' },
    { id: 'i-p2', text: 'Đoạn thứ hai.' },
  ],
  data: { attachments: [{ title: 'Mẫu 1: Báo cáo **kết quả** học tập' }] },
};

describe('planById', () => {
  test('finds a plan of a list by its id, or says there is none', () => {
    const plans = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ];
    expect(planById(plans, 'b')).toBe(plans[1]);
    expect(planById(plans, 'a')).toBe(plans[0]);
    expect(planById(plans, 'c')).toBeUndefined();
  });

  test('answers for each list from that list', () => {
    const one = [{ id: 'a', n: 1 }];
    const other = [{ id: 'a', n: 2 }];
    expect(planById(one, 'a')?.n).toBe(1);
    expect(planById(other, 'a')?.n).toBe(2);
  });

  test('the first of two plans with one id wins, as a scan would find it', () => {
    const plans = [
      { id: 'a', n: 1 },
      { id: 'a', n: 2 },
    ];
    expect(planById(plans, 'a')?.n).toBe(1);
  });
});

describe('anchorOf', () => {
  test('finds the block of a quote, Markdown markers aside, or says there is none', () => {
    expect(anchorOf(plan.blocks, 'Báo cáo **trước ngày 20/02/2020.**')).toBe('i-p1');
    expect(anchorOf(plan.blocks, 'không có câu này')).toBeNull();
  });
});

describe('quotePath', () => {
  test('leads to the paragraph holding the quote', () => {
    expect(quotePath(plan, 'thứ hai')).toBe('/ke-hoach/tra-vinh-34-kh-duk/#i-p2');
  });

  test('leads to the appended forms when only a form title holds the quote', () => {
    expect(quoteAnchor(plan, 'Báo cáo kết quả học tập')).toBe(ATTACHMENTS_ANCHOR);
    expect(quotePath(plan, 'Báo cáo kết quả học tập')).toBe('/ke-hoach/tra-vinh-34-kh-duk/#bieu-mau-kem-theo');
  });

  test('a paragraph wins over a form title holding the same words', () => {
    expect(quotePath(plan, 'Báo cáo')).toBe('/ke-hoach/tra-vinh-34-kh-duk/#i-p1');
  });

  test('a quote found nowhere is a bug, not a link to nowhere', () => {
    expect(quoteAnchor(plan, 'không có câu này')).toBeNull();
    expect(() => quotePath(plan, 'không có câu này')).toThrow(
      'tra-vinh-34-kh-duk: "không có câu này" is in no paragraph of the plan',
    );
  });
});
