import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { findCitations } from '../../src/lib/plans/citations';
import { plainText } from '../../src/lib/text/plain-text';
import { dist, readDist, requireBuilt } from '../helpers/dist';
import { readPlanSources } from '../helpers/plans';

const plans = readPlanSources();
/** Anything shaped like a Party or State document number, whatever words stand before it. */
const ANY_NUMBER =
  /\d{1,5}\s*-\s*[A-ZĐ][A-Za-zĐđ]*\/[A-ZĐ][A-Za-zĐđ.]*|\d{1,5}\/(?:\d{4}\/)?[A-ZĐ][A-Za-zĐđ]*-[A-Za-z]+/gu;

describe('cited documents', () => {
  test.each(plans)('recall: every document number printed in $id is recognised as a citation', ({ body }) => {
    const text = plainText(body);
    const spans = findCitations(text);
    const missed = [...text.matchAll(ANY_NUMBER)]
      .filter((match) => !spans.some((c) => c.start <= match.index && match.index + match[0].length <= c.end))
      .map((match) => text.slice(Math.max(0, match.index - 30), match.index + match[0].length));
    expect(missed).toEqual([]);
  });

  test('citations in plan bodies are links, with the printed words unchanged', () => {
    const html = parse(readDist(requireBuilt(dist), 'ke-hoach/tra-vinh-43-kh-duk/index.html'));
    const links = html.querySelectorAll('.doc-body a.citation');
    expect(links.length).toBeGreaterThan(5);
    const toPlan = links.find((link) => link.text.startsWith('Kế hoạch số 34-KH/ĐUK'));
    expect(toPlan?.getAttribute('href')).toBe('/ke-hoach/tra-vinh-34-kh-duk/');
    const national = links.find((link) => link.text.startsWith('Kết luận số 01-KL/TW'));
    expect(national?.getAttribute('href')).toBe('/van-ban/01-kl-tw/');
  });

  test('a provincial number belongs to its province: 169-KH/TU of Tây Ninh has its own page', () => {
    const page = parse(readDist(dist, 'van-ban/169-kh-tu-tay-ninh/index.html'));
    expect(plainText(page.querySelector('h1')!.text)).toBe('Kế hoạch số 169-KH/TU');
    expect(plainText(page.querySelector('.document-facts')!.text)).toContain('Tây Ninh');
    expect(page.querySelectorAll('.mentions a').map((a) => a.getAttribute('href'))).toEqual([
      '/ke-hoach/tay-ninh-28-kh-duk/#mo-dau-p1',
    ]);
  });

  // Issue 17 item 7: the đề cương printed after 59-KH/ĐUK cites 51-KH/TU and 16-KH/ĐUK, which no plan does.
  test('citations in a form are links on its page, and its paragraph is listed where the document is', () => {
    const form = parse(readDist(requireBuilt(dist), 'bieu-mau/quang-nam-59-kh-duk-de-cuong-so-ket/index.html'));
    const links = form.querySelectorAll('.doc-body a.citation');
    const hrefOf = (start: string) => links.find((link) => link.text.startsWith(start))?.getAttribute('href');
    expect(hrefOf('Kế hoạch 51-KH/TU (ngày 14/9/2016)')).toBe('/van-ban/51-kh-tu-quang-nam/');
    expect(hrefOf('Kế hoạch số 16-KH/ĐUK (ngày 07/10/2016)')).toBe('/van-ban/16-kh-duk-quang-nam/');
    // The printed words are unchanged around the links.
    const citing = links.find((link) => link.text.startsWith('Kế hoạch 51-KH/TU'))!.parentNode!;
    expect(plainText(citing.text)).toContain(
      'Kế hoạch 51-KH/TU (ngày 14/9/2016) của Ban Thường vụ Tỉnh ủy, Kế hoạch số 16-KH/ĐUK (ngày 07/10/2016)',
    );
    const anchor = citing.getAttribute('id');
    expect(anchor).toMatch(/^doan-\d+$/u);
    // No link in headings, and none in the form's title.
    expect(form.querySelectorAll('.form-section a, .doc-heading a')).toEqual([]);
    for (const key of ['51-kh-tu-quang-nam', '16-kh-duk-quang-nam']) {
      const page = parse(readDist(dist, `van-ban/${key}/index.html`));
      const mention = page.querySelector('.mentions a');
      expect(mention?.getAttribute('href')).toBe(`/bieu-mau/quang-nam-59-kh-duk-de-cuong-so-ket/#${anchor}`);
      expect(plainText(mention!.text)).toBe(
        'Đề cương báo cáo sơ kết 04 năm thực hiện Chỉ thị số 05-CT/TW, kèm theo 59-KH/ĐUK',
      );
      expect(plainText(page.querySelector('.document-facts')!.text)).toContain('Quảng Nam');
    }
  });

  test('conflicting mentions are shown side by side, never merged', () => {
    // 28-KH/ĐUK prints "Quyết định số 217-QĐ/TW", 147-KH/TU prints "Quy định số 217-QĐ/TW".
    const page = parse(readDist(dist, 'van-ban/217-qd-tw/index.html'));
    const facts = plainText(page.querySelector('.document-facts')!.text);
    expect(facts).toContain('Quyết định');
    expect(facts).toContain('Quy định');
    expect(facts).toContain('Các kế hoạch ghi khác nhau');
    expect(page.querySelectorAll('.mentions li').length).toBeGreaterThanOrEqual(2);
  });

  test('the index groups documents by level and type, and the cited plan lists who cites it', () => {
    const index = parse(readDist(dist, 'van-ban/index.html'));
    expect(index.querySelectorAll('h2').map((h) => h.text)).toEqual(['Trung ương', 'Tỉnh', 'Đảng ủy Khối']);
    expect(index.querySelectorAll('.document-list li').length).toBeGreaterThan(30);
    const plan = parse(readDist(dist, 'ke-hoach/tra-vinh-34-kh-duk/index.html'));
    expect(plainText(plan.querySelector('.plan-meta')!.text)).toContain('Được trích dẫn trong 43-KH/ĐUK');
  });

  test('a plan cited in several paragraphs of another is listed once under "Được trích dẫn trong"', () => {
    // 43-KH/ĐUK cites 34-KH/ĐUK in two paragraphs.
    const plan = parse(readDist(dist, 'ke-hoach/tra-vinh-34-kh-duk/index.html'));
    const term = plan.querySelectorAll('.plan-meta dt').find((dt) => dt.text.trim() === 'Được trích dẫn trong')!;
    const cited = term.nextElementSibling!.querySelectorAll('a').map((a) => a.text.trim());
    expect(cited).toEqual([...new Set(cited)]);
    expect(cited).toEqual(['43-KH/ĐUK']);
  });
});
