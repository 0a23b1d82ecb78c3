import { describe, expect, test } from 'vitest';
import { withoutBlockAnchors } from '../../src/lib/search-index-html';

describe('withoutBlockAnchors', () => {
  test('keeps heading ids (result sections) and drops the others', () => {
    const html =
      '<h2 id="ii">II. NỘI DUNG</h2><p id="ii-p1" class="x">Đoạn một</p><li id="user-content-fn-1">Chú thích</li><a href="#x" id="user-content-fnref-1">1</a><h4 class="y" id="ii-1-1">1.1</h4>';
    expect(withoutBlockAnchors(html)).toBe(
      '<h2 id="ii">II. NỘI DUNG</h2><p class="x">Đoạn một</p><li>Chú thích</li><a href="#x">1</a><h4 class="y" id="ii-1-1">1.1</h4>',
    );
  });

  test('leaves text that only looks like an id attribute alone', () => {
    const text = '<p>Viết id="x" trong văn bản</p>';
    expect(withoutBlockAnchors(text)).toBe(text);
  });

  test('does not touch data attributes ending in id', () => {
    const html = '<div data-plan-id="a" id="b">x</div>';
    expect(withoutBlockAnchors(html)).toBe('<div data-plan-id="a">x</div>');
  });
});
