import { describe, expect, test } from 'vitest';
import { searchBodyOnly, withoutBlockAnchors } from '../../../src/lib/search/index-html';

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

describe('searchBodyOnly', () => {
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="vi"><head><title>T</title><meta data-pagefind-meta="title[content]" content="T"></head><body class="b"><header><nav><a href="/">Trang chủ</a></nav></header><main>${body}</main><footer>Chân trang</footer></body></html>`;

  test('keeps the head and the marked element, with the elements of its own kind nested inside it', () => {
    const body =
      '<article data-pagefind-body><h1>A</h1><article><p>lồng</p></article><p>sau</p></article><aside><article>mục lục</article></aside>';
    expect(searchBodyOnly(page(body))).toBe(
      '<!DOCTYPE html><html lang="vi"><head><title>T</title><meta data-pagefind-meta="title[content]" content="T"></head><body class="b">' +
        '<article data-pagefind-body><h1>A</h1><article><p>lồng</p></article><p>sau</p></article></body></html>',
    );
  });

  test('works for a marked div with nested divs and an attribute value', () => {
    const cut = searchBodyOnly(
      page('<div class="x" data-pagefind-body=""><div><div>a</div></div><p>b</p></div><div>c</div>'),
    );
    expect(cut).toContain(
      '<body class="b"><div class="x" data-pagefind-body=""><div><div>a</div></div><p>b</p></div></body>',
    );
  });

  test('is null for a page without a search body, or one whose element never closes', () => {
    expect(searchBodyOnly(page('<p>danh sách</p>'))).toBeNull();
    expect(searchBodyOnly(page('<section data-pagefind-body><p>x</p>'))).toBeNull();
  });
});
