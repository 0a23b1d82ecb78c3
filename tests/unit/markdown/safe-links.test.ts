import { describe, expect, test } from 'vitest';
import { planBodyTree, PlanBodyError } from '../../../src/markdown/plan-body-tree';
import { unsafeLinks } from '../../../src/markdown/safe-links';

describe('unsafe links in a plan body', () => {
  test('a javascript: link, a data: image and a reference to vbscript: stop the build, with file, line and URL', () => {
    const body =
      'Mở đầu.\n\n[xem](javascript:alert(1))\n\n![ảnh](data:image/png;base64,AAAA)\n\n[x][d]\n\n[d]: vbscript:msgbox\n';
    expect(() => planBodyTree(body, 'content/plans/thu.mdx')).toThrow(PlanBodyError);
    expect(() => planBodyTree(body, 'content/plans/thu.mdx')).toThrow(
      /content\/plans\/thu\.mdx:3: the link or image address "javascript:alert\(1\)" is not allowed[\s\S]*thu\.mdx:5: .*"data:image\/png;base64,AAAA"[\s\S]*thu\.mdx:7: .*"vbscript:msgbox"/u,
    );
  });

  test('relative, anchor, https, mailto and tel links pass', () => {
    const body =
      '[a](../bieu-mau/) [b](#i-p1) [c](https://example.org) [d](mailto:a@b.vn) [e](tel:+84123) ![f](anh.png)\n';
    expect(unsafeLinks(planBodyTree(body, 'thu.mdx'))).toEqual([]);
  });

  test('an MDX component with a URL attribute is seen too (its unsafe URL is named beside the component)', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'mdxJsxTextElement',
          name: 'a',
          position: { start: { line: 4 } },
          attributes: [
            { type: 'mdxJsxAttribute', name: 'href', value: 'javascript:x' },
            { type: 'mdxJsxAttribute', name: 'src', value: { type: 'mdxJsxAttributeValueExpression', value: 'u' } },
          ],
          children: [],
        },
      ],
    };
    expect(unsafeLinks(tree as never)).toEqual([
      { url: 'javascript:x', line: 4 },
      { url: 'src={…}', line: 4 },
    ]);
  });
});
