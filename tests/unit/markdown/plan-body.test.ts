import { describe, expect, test } from 'vitest';
import { PlanBodyError, planBodyTree, renderPlanBody } from '../../../src/markdown/plan-body';

const options = {
  base: '/so-tay/',
  plans: [{ id: 'tinh-9-kh-tu', number: '9-KH/TU', province: 'Thử Nghiệm' }],
  footnoteLabel: 'Chú thích',
  footnoteBackLabel: 'Quay lại chỗ dẫn chú thích {n}',
};
const plan = { file: 'content/plans/thu.mdx', province: 'Thử Nghiệm' };

describe('plan bodies', () => {
  test('render with section and paragraph anchors, citation links and headings', () => {
    const body = [
      'Thực hiện Kế hoạch số 9-KH/TU, ngày 13/01/2020 và Chỉ thị số 05-CT/TW như sau[^1]:',
      '',
      '## I- MỤC ĐÍCH',
      '',
      '\\- Báo cáo **trước ngày 20/02/2020.**',
      '',
      '[^1]: Chú thích một.',
    ].join('\n');
    const { html, footnotesHtml, headings } = renderPlanBody(body, plan, options);
    expect(html).toContain(
      '<p id="mo-dau-p1">Thực hiện <a href="/so-tay/ke-hoach/tinh-9-kh-tu/" class="citation">Kế hoạch số 9-KH/TU, ngày 13/01/2020</a>',
    );
    expect(html).toContain('<a href="/so-tay/van-ban/05-ct-tw/" class="citation">Chỉ thị số 05-CT/TW</a>');
    expect(html).toContain('<h2 id="i">I- MỤC ĐÍCH</h2>');
    expect(html).toContain('<p id="i-p1">- Báo cáo <strong>trước ngày 20/02/2020.</strong></p>');
    // The footnotes come apart, so the page can print them after the signature block.
    expect(html).not.toContain('data-footnotes');
    expect(footnotesHtml).toMatch(/^<section data-footnotes/u);
    expect(footnotesHtml).toContain('aria-label="Quay lại chỗ dẫn chú thích 1"');
    expect(footnotesHtml).toContain('>Chú thích</h2>');
    expect(headings).toContainEqual({ depth: 2, slug: 'i', text: 'I- MỤC ĐÍCH' });
  });

  test('keep escaped MDX characters as the printed text', () => {
    const { html, footnotesHtml } = renderPlanBody('Điểm \\{a\\} và 3 &lt; 5.', plan, options);
    expect(html).toContain('Điểm {a} và 3 &#x3C; 5.');
    expect(footnotesHtml).toBe('');
  });

  test.each([
    ['a component', 'Đoạn một.\n\n<CanhBao muc="1" />\n', 3, 'raw HTML or a component (JSX)'],
    ['an inline component', 'Đoạn <b>đậm</b> một.\n', 1, 'raw HTML or a component (JSX)'],
    ['an import', 'Đoạn một.\n\nimport X from "./x.js"\n', 3, 'an import or export'],
    ['an expression', 'Đoạn một.\n\nNăm {2020 + 1}.\n', 3, 'an {expression}'],
  ])('refuse %s, naming the file, the line and what is there', (_, body, line, kind) => {
    expect(() => planBodyTree(body, 'content/plans/thu.mdx')).toThrow(PlanBodyError);
    expect(() => planBodyTree(body, 'content/plans/thu.mdx')).toThrow(
      `content/plans/thu.mdx:${line}: found ${kind}: ${JSON.stringify(body.split('\n')[line - 1])}\nA body is Markdown text`,
    );
  });

  test('refuse text that is not valid MDX, naming the file, the place and the line', () => {
    expect(() => planBodyTree('Đoạn một.\n\nMột <3 hai.\n', 'content/plans/thu.mdx')).toThrow(
      /^content\/plans\/thu\.mdx:3:\d+: .* — not valid MDX: found "Một <3 hai\."\nA body is Markdown text/u,
    );
  });

  test('report every problem of a body at once, and nothing inside a refused element twice', () => {
    const body = '<div onclick="x()">\n{y}\n</div>\n\nimport a from "b"\n\n[x](javascript:z)\n';
    const message = (() => {
      try {
        planBodyTree(body, 'thu.mdx');
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(message.split('\n').map((line) => /^thu\.mdx:\d+: (found [^:]+|the link)|^A body/u.exec(line)?.[0])).toEqual(
      [
        'thu.mdx:1: found raw HTML or a component (JSX)',
        'thu.mdx:5: found an import or export',
        'thu.mdx:7: the link',
        // What to do instead, once.
        'A body',
      ],
    );
  });
});
