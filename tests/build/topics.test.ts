import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { plainText } from '../../src/lib/text/plain-text';
import { dist, htmlFiles, readDist, requireBuilt } from '../helpers/dist';

describe('topics', () => {
  test('every quote on a topic page links to the paragraph that holds it', () => {
    const pages = htmlFiles(requireBuilt(dist)).filter((file) => /chuyen-de\/[^/]+\/index\.html$/u.test(file));
    expect(pages.length).toBeGreaterThanOrEqual(8);
    let checked = 0;
    for (const file of pages) {
      const page = parse(readDist(dist, file.slice(dist.length + 1)));
      for (const item of page.querySelectorAll('.sourced li')) {
        const quote = plainText(item.querySelector('q')!.text);
        const [path, anchor] = item.querySelector('a')!.getAttribute('href')!.split('#') as [string, string];
        const plan = parse(readDist(dist, `${path.replace(/^\//u, '')}index.html`));
        expect(plainText(plan.getElementById(anchor)!.text), `${file} → ${path}#${anchor}`).toContain(quote);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(25);
  });

  test('the 2020 chuyên đề shows its official title, materials and the plans that carry it out', () => {
    const page = parse(readDist(dist, 'chuyen-de/chuyen-de-2020-dai-doan-ket/index.html'));
    expect(plainText(page.querySelector('h1')!.text)).toBe(
      'Tăng cường khối đại đoàn kết toàn dân tộc, xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    );
    expect(plainText(page.getElementById('tai-lieu-hoc-tap')!.nextElementSibling!.text)).toContain(
      'do Ban Tuyên giáo Trung ương biên soạn',
    );
    expect(plainText(page.getElementById('tai-lieu-tham-khao')!.nextElementSibling!.text)).toContain(
      'Nhà xuất bản Chính trị Quốc gia - Sự thật',
    );
    const plans = page
      .getElementById('ke-hoach-thuc-hien')!
      .nextElementSibling!.querySelectorAll('a')
      .map((a) => a.getAttribute('href'));
    expect(plans.sort()).toEqual(['/ke-hoach/tay-ninh-28-kh-duk/', '/ke-hoach/tra-vinh-147-kh-tu/']);
  });

  test('the five groups of models of 43-KH/ĐUK are the key points of its theme', () => {
    const page = parse(readDist(dist, 'chuyen-de/mo-hinh-dien-hinh-tien-tien/index.html'));
    const points = page
      .getElementById('diem-chinh')!
      .nextElementSibling!.querySelectorAll('q')
      .map((q) => q.text);
    expect(points.filter((point) => point.startsWith('Nhóm mô hình'))).toHaveLength(5);
  });

  test('plan pages name their topics', () => {
    const plan = parse(readDist(dist, 'ke-hoach/tra-vinh-147-kh-tu/index.html'));
    const links = plan.querySelectorAll('.plan-meta a[href^="/chuyen-de/"]').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/chuyen-de/chuyen-de-2020-dai-doan-ket/', '/chuyen-de/nguyen-tac-dai-doan-ket/']);
  });
});
