import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { dist, readDist, requireBuilt } from '../helpers/dist';

/**
 * Every list that names a plan's (or a document's, a commemoration's) province shows the
 * unit its land belongs to today, in the compact wording for lists (issue 16, item 4);
 * a plan's own page has the full wording (tests/build/plan-pages.test.ts).
 */
const TRA_VINH = 'Trà Vinh, nay thuộc tỉnh Vĩnh Long';
const QUANG_NAM = 'Quảng Nam, nay thuộc thành phố Đà Nẵng';
const TAY_NINH = 'Tây Ninh, nay gồm cả Long An';

const text = (relative: string, selector = 'main') =>
  parse(readDist(requireBuilt(dist), relative))
    .querySelectorAll(selector)
    .map((element) => element.text)
    .join(' ')
    .replace(/\s+/gu, ' ');

describe('provinces in lists show today’s unit', () => {
  test('the timeline: each deadline’s plan, the plans in force, the latest plan and the province filter', () => {
    const plans = text('moc-thoi-gian/index.html', '.deadline dd:has([data-item-plan])');
    expect(plans).toContain(`(${TRA_VINH})`);
    expect(plans).toContain(`(${QUANG_NAM})`);
    expect(plans).toContain(`(${TAY_NINH})`);
    expect(plans).not.toMatch(/\((Trà Vinh|Quảng Nam|Tây Ninh)\)/u);
    const inForce = text('moc-thoi-gian/index.html', '[data-in-force] li');
    for (const name of [TRA_VINH, QUANG_NAM, TAY_NINH]) expect(inForce).toContain(`(${name}):`);
    expect(text('moc-thoi-gian/index.html')).toContain(`34-KH/ĐUK (${TRA_VINH}, 20/10/2021)`);
    const options = text('moc-thoi-gian/index.html', 'select[name="tinh"] option');
    for (const name of [TRA_VINH, QUANG_NAM, TAY_NINH]) expect(options).toContain(name);
  });

  test('the forms: each form’s plan and the plan filter', () => {
    const forms = text('bieu-mau/index.html');
    expect(forms).toContain(`Kế hoạch số 43-KH/ĐUK (${TRA_VINH})`);
    expect(forms).toContain(`Kế hoạch số 59-KH/ĐUK (${QUANG_NAM})`);
    expect(forms).toContain(`Kế hoạch số 28-KH/ĐUK (${TAY_NINH})`);
    expect(forms).not.toMatch(/\((Trà Vinh|Quảng Nam|Tây Ninh)\)/u);
  });

  test('the cited documents: the list and a provincial document’s page', () => {
    const list = text('van-ban/index.html');
    expect(list).toContain(`Kế hoạch số 114-KH/TU (${TRA_VINH})`);
    expect(list).toContain(`Công văn số 1122-CV/BTGTU (${QUANG_NAM})`);
    expect(list).toContain(`Kế hoạch số 26-KH/TU (${TAY_NINH})`);
    expect(list).not.toMatch(/\((Trà Vinh|Quảng Nam|Tây Ninh)\)/u);
    expect(text('van-ban/114-kh-tu-tra-vinh/index.html', '.document-facts')).toContain(`Cấp Tỉnh · ${TRA_VINH}`);
    expect(text('van-ban/1122-cv-btgtu-quang-nam/index.html', '.document-facts')).toContain(`· ${QUANG_NAM}`);
    expect(text('van-ban/26-kh-tu-tay-ninh/index.html', '.document-facts')).toContain(`Cấp Tỉnh · ${TAY_NINH}`);
  });

  test('the home page’s anniversaries and a provincial commemoration’s page', () => {
    expect(text('index.html', '[data-home-commemorations]')).toContain(`Chiến thắng Tua Hai (${TAY_NINH})`);
    expect(text('ngay-ky-niem/chien-thang-tua-hai/index.html', 'main dl')).toContain(`26/01/1960 · ${TAY_NINH}`);
  });

  test('the plan lists’ province links, with their counts', () => {
    const facets = text('ke-hoach/index.html', '.plan-facets');
    expect(facets).toContain(`${TRA_VINH} (3)`);
    expect(facets).toContain(`${QUANG_NAM} (1)`);
    expect(facets).toContain(`${TAY_NINH} (1)`);
  });

  test('the search page labels the province filter’s values (the printed names) with today’s unit', () => {
    const select = parse(readDist(dist, 'tim-kiem/index.html')).querySelector('select[name="tinh"]')!;
    expect(JSON.parse(select.getAttribute('data-labels')!)).toMatchObject({
      'Trà Vinh': TRA_VINH,
      'Quảng Nam': QUANG_NAM,
      'Tây Ninh': TAY_NINH,
    });
  });
});
