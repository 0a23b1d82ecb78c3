import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  commemorationPath,
  commemorationsCalendarPath,
  commemorationsPath,
  deadlinesJsonPath,
  documentPath,
  documentsPath,
  faviconPath,
  formDocxPath,
  formOriginalDocxPath,
  formOriginalPath,
  formFillPath,
  formPath,
  formsPath,
  homePath,
  isPlanListSegment,
  pagefindScriptPath,
  pagePath,
  pageSegment,
  parsePageSegment,
  planCalendarPath,
  planParagraphPath,
  planPath,
  plansPath,
  provincePath,
  provincesPath,
  searchPagePath,
  searchPath,
  SEARCH_QUERY_PARAM,
  TIMELINE_PATH,
  timelineCalendarPath,
  topicPath,
  topicsPath,
  UNDATED_YEAR,
  withBase,
  yearPath,
  yearsPath,
} from '../../../src/lib/site/routes';

describe('site paths', () => {
  test('every page kind has its path, without the base', () => {
    expect(homePath).toBe('/');
    expect(plansPath).toBe('/ke-hoach/');
    expect(planPath('tra-vinh-34-kh-duk')).toBe('/ke-hoach/tra-vinh-34-kh-duk/');
    expect(planParagraphPath('tra-vinh-34-kh-duk', 'iii-p2')).toBe('/ke-hoach/tra-vinh-34-kh-duk/#iii-p2');
    expect(provincesPath).toBe('/ke-hoach/tinh/');
    expect(provincePath('tra-vinh')).toBe('/ke-hoach/tinh/tra-vinh/');
    expect(yearsPath).toBe('/ke-hoach/nam/');
    expect(yearPath('2021')).toBe('/ke-hoach/nam/2021/');
    expect(yearPath(UNDATED_YEAR)).toBe('/ke-hoach/nam/khong-ghi-ngay/');
    expect(TIMELINE_PATH).toBe('/moc-thoi-gian/');
    expect(topicsPath).toBe('/chuyen-de/');
    expect(topicPath('hoc-tap-2020')).toBe('/chuyen-de/hoc-tap-2020/');
    expect(commemorationsPath).toBe('/ngay-ky-niem/');
    expect(commemorationPath('sinh-nhat-bac')).toBe('/ngay-ky-niem/sinh-nhat-bac/');
    expect(documentsPath).toBe('/van-ban/');
    expect(documentPath('05-ct-tw')).toBe('/van-ban/05-ct-tw/');
    expect(formsPath).toBe('/bieu-mau/');
    expect(formPath('mau-01')).toBe('/bieu-mau/mau-01/');
    expect(formFillPath('mau-01')).toBe('/bieu-mau/mau-01/dien/');
    expect(formOriginalPath('mau-01')).toBe('/bieu-mau/mau-01/ban-goc/');
    expect(searchPagePath).toBe('/tim-kiem/');
  });

  test('feeds and files have theirs', () => {
    expect(planCalendarPath('tra-vinh-34-kh-duk')).toBe('/ke-hoach/tra-vinh-34-kh-duk.ics');
    expect(timelineCalendarPath).toBe('/moc-thoi-gian.ics');
    expect(deadlinesJsonPath).toBe('/api/deadlines.json');
    expect(commemorationsCalendarPath).toBe('/ngay-ky-niem.ics');
    expect(formDocxPath('mau-01')).toBe('/bieu-mau/mau-01.docx');
    expect(formOriginalDocxPath('mau-01')).toBe('/bieu-mau/mau-01-ban-goc.docx');
    expect(pagefindScriptPath).toBe('/pagefind/pagefind.js');
    expect(faviconPath).toBe('/favicon.svg');
  });
});

describe('the search page with a query', () => {
  test('the words go in the query parameter the search page reads', () => {
    expect(SEARCH_QUERY_PARAM).toBe('q');
    expect(searchPath()).toBe('/tim-kiem/');
    expect(searchPath({ query: 'Chỉ thị 05' })).toBe('/tim-kiem/?q=Ch%E1%BB%89%20th%E1%BB%8B%2005');
    expect(new URLSearchParams(searchPath({ query: '34-KH/ĐUK & (x)' }).split('?')[1]).get('q')).toBe(
      '34-KH/ĐUK & (x)',
    );
  });

  test('filters are encoded as a submitted form encodes them', () => {
    expect(searchPath({ filters: { loai: 'Kế hoạch', nam: '2021' } })).toBe(
      '/tim-kiem/?loai=K%E1%BA%BF+ho%E1%BA%A1ch&nam=2021',
    );
    expect(searchPath({ query: 'a b', filters: { tinh: 'Trà Vinh' } })).toBe('/tim-kiem/?q=a%20b&tinh=Tr%C3%A0+Vinh');
  });
});

describe('pages of a list', () => {
  test('page 1 is the list itself, page n is trang-<n>/', () => {
    expect(pagePath('/ke-hoach/', 1)).toBe('/ke-hoach/');
    expect(pagePath('/ke-hoach/', 2)).toBe('/ke-hoach/trang-2/');
    expect(pagePath(provincePath('tra-vinh'), 12)).toBe('/ke-hoach/tinh/tra-vinh/trang-12/');
    expect(pagePath(TIMELINE_PATH, 7)).toBe('/moc-thoi-gian/trang-7/');
    expect(pageSegment(1)).toBeUndefined();
    expect(pageSegment(3)).toBe('trang-3');
  });

  test('reads a page segment back, and nothing else as one', () => {
    expect(parsePageSegment(undefined)).toBe(1);
    expect(parsePageSegment('trang-7')).toBe(7);
    for (const other of ['trang-1', 'trang-0', 'trang-02', 'trang-', 'tra-vinh-34-kh-duk', 'trang-2x']) {
      expect(parsePageSegment(other)).toBeNull();
    }
  });

  test('knows which plan ids would take the path of a list page', () => {
    for (const id of ['tinh', 'nam', 'trang-2', 'trang-15']) expect(isPlanListSegment(id)).toBe(true);
    for (const id of ['tra-vinh-34-kh-duk', 'trang-vinh-1-kh', 'trang-1', 'tinh-1-kh'])
      expect(isPlanListSegment(id)).toBe(false);
  });
});

describe('base', () => {
  test('withBase puts a path under the base, whether or not the base ends in "/"', () => {
    expect(withBase('/', homePath)).toBe('/');
    expect(withBase('/', planPath('a'))).toBe('/ke-hoach/a/');
    expect(withBase('/so-tay/', homePath)).toBe('/so-tay/');
    expect(withBase('/so-tay/', planPath('a'))).toBe('/so-tay/ke-hoach/a/');
    expect(withBase('/so-tay', planParagraphPath('a', 'i-p1'))).toBe('/so-tay/ke-hoach/a/#i-p1');
    expect(withBase('/so-tay/', searchPath({ query: 'x' }))).toBe('/so-tay/tim-kiem/?q=x');
  });

  describe('href', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
      vi.resetModules();
    });

    test('adds the base the build is configured with (BASE)', async () => {
      vi.stubEnv('BASE', '/so-tay/');
      vi.resetModules();
      const { href } = await import('../../../src/lib/site/url');
      expect(href(planPath('a'))).toBe('/so-tay/ke-hoach/a/');
      expect(href(homePath)).toBe('/so-tay/');
    });

    test('leaves paths as they are without one', async () => {
      vi.stubEnv('BASE', '');
      vi.resetModules();
      const { href } = await import('../../../src/lib/site/url');
      expect(href(planPath('a'))).toBe('/ke-hoach/a/');
      expect(href(homePath)).toBe('/');
    });
  });
});
