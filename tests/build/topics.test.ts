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
    const plans = page.querySelectorAll('.topic-plans > li > a').map((a) => a.getAttribute('href'));
    expect(plans.sort()).toEqual(['/ke-hoach/tay-ninh-28-kh-duk/', '/ke-hoach/tra-vinh-147-kh-tu/']);
    // A material another plan names, found by the rule of lib/topics/hub.ts, linked to its paragraph.
    const material = page
      .querySelectorAll('.sourced li')
      .find((li) => li.text.includes('Bác Hồ và những bài học về đạo đức, lối sống dành cho học sinh'))!;
    expect(material.querySelector('a')!.getAttribute('href')).toMatch(/^\/ke-hoach\/tra-vinh-147-kh-tu\/#/u);
  });

  test('a topic page links each plan that carries it out to the sections that name it', () => {
    const pages = htmlFiles(dist).filter((file) => /chuyen-de\/[^/]+\/index\.html$/u.test(file));
    let checked = 0;
    for (const file of pages) {
      const page = parse(readDist(dist, file.slice(dist.length + 1)));
      for (const item of page.querySelectorAll('.topic-plans > li')) {
        const planHref = item.querySelector('a')!.getAttribute('href')!;
        const sections = item.querySelectorAll('.topic-sections a');
        expect(sections.length, `${file}: ${planHref}`).toBeGreaterThan(0);
        const plan = parse(readDist(dist, `${planHref.replace(/^\//u, '')}index.html`));
        for (const link of sections) {
          const [path, anchor] = link.getAttribute('href')!.split('#') as [string, string];
          expect(path).toBe(planHref);
          expect(plan.getElementById(anchor), `${file} → ${path}#${anchor}`).not.toBeNull();
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
    // 34-KH/ĐUK is not devoted to the theme of models; it names it in its section 4.2.
    const models = parse(readDist(dist, 'chuyen-de/mo-hinh-dien-hinh-tien-tien/index.html'));
    const of34 = models.querySelectorAll('.topic-plans > li').find((li) => li.text.includes('34-KH/ĐUK'))!;
    expect(of34.querySelectorAll('.topic-sections a').map((a) => a.text.trim())).toEqual(['4.2. Phân công thực hiện']);
  });

  test('the theme of sơ kết, tổng kết gathers its deadlines, the đề cương and the 19/5 anniversary from the plans', () => {
    const page = parse(readDist(dist, 'chuyen-de/so-ket-tong-ket-chi-thi-05/index.html'));
    const deadlines = plainText(page.querySelector('.topic-deadlines')!.text);
    expect(deadlines).toContain('tháng 11/2025: Tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW');
    expect(deadlines).toContain('trước ngày 30/4/2020: Tổ chức hội nghị sơ kết 04 năm thực hiện Chỉ thị');
    // A year-end report of 34-KH/ĐUK that does not concern the review is not there.
    expect(deadlines).not.toContain(
      'Hoàn thành kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh toàn khóa',
    );
    const forms = page.getElementById('bieu-mau')!.nextElementSibling!.querySelectorAll('a');
    expect(forms[0]!.getAttribute('href')).toBe('/bieu-mau/quang-nam-59-kh-duk-de-cuong-so-ket/');
    const days = page.getElementById('ngay-ky-niem')!.nextElementSibling!.nextElementSibling!;
    expect(days.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/ngay-ky-niem/sinh-nhat-bac/');
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
