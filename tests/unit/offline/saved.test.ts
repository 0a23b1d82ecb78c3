import { describe, expect, test } from 'vitest';
import {
  filesToRemove,
  formatSavedDate,
  formSavedUrls,
  htmlTitle,
  parseRecord,
  parseSearchFiles,
  planSavedUrls,
  recordPage,
  serializeRecord,
  topicSavedUrls,
  TOPIC_SAVED_PLANS,
} from '../../../src/lib/offline/saved';
import { savedItemKey } from '../../../src/lib/offline/caches';
import { goneState, withGone } from '../../../src/lib/offline/gone';

describe('what each page saves', () => {
  test('a form: its guide, fill-in page, original page and both Word files', () => {
    expect(formSavedUrls('mau-1')).toEqual([
      '/bieu-mau/mau-1/',
      '/bieu-mau/mau-1/dien/',
      '/bieu-mau/mau-1/ban-goc/',
      '/bieu-mau/mau-1.docx',
      '/bieu-mau/mau-1-ban-goc.docx',
    ]);
  });

  test('a plan: its page first, then every file of each of its forms', () => {
    const urls = planSavedUrls('kh-34', ['a', 'b']);
    expect(urls[0]).toBe('/ke-hoach/kh-34/');
    expect(urls).toHaveLength(11);
    expect(urls).toContain('/bieu-mau/b/dien/');
    expect(urls).toContain('/bieu-mau/a-ban-goc.docx');
  });

  test('a plan without forms saves its page alone; a form listed twice is saved once', () => {
    expect(planSavedUrls('kh-1', [])).toEqual(['/ke-hoach/kh-1/']);
    expect(planSavedUrls('kh-1', ['a', 'a'])).toHaveLength(6);
  });

  test('a topic: its page and the pages of its first plans, no more than the limit', () => {
    expect(topicSavedUrls('t', ['p1', 'p2'])).toEqual(['/chuyen-de/t/', '/ke-hoach/p1/', '/ke-hoach/p2/']);
    const many = Array.from({ length: TOPIC_SAVED_PLANS + 5 }, (_, index) => `p${index}`);
    expect(topicSavedUrls('t', many)).toHaveLength(TOPIC_SAVED_PLANS + 1);
  });
});

describe('records', () => {
  const record = { title: 'Kế hoạch 34', urls: ['/ke-hoach/kh-34/'], savedAt: '2026-11-29T17:30:00.000Z' };

  test('round-trip', () => {
    expect(parseRecord(serializeRecord(record))).toEqual(record);
  });

  test.each([
    ['bad JSON', '{"title": "x", '],
    ['not an object', '"x"'],
    ['null', 'null'],
    ['no title', JSON.stringify({ ...record, title: '' })],
    ['urls not a list', JSON.stringify({ ...record, urls: '/ke-hoach/kh-34/' })],
    ['no urls', JSON.stringify({ ...record, urls: [] })],
    ['a url that is not a site path', JSON.stringify({ ...record, urls: ['https://example.com/'] })],
    ['an unreadable date', JSON.stringify({ ...record, savedAt: 'hôm qua' })],
    ['gone not a list', JSON.stringify({ ...record, gone: '/ke-hoach/kh-34/' })],
    ['gone naming a file not saved', JSON.stringify({ ...record, gone: ['/ke-hoach/khac/'] })],
  ])('a damaged record (%s) reads as null', (_, text) => {
    expect(parseRecord(text)).toBeNull();
  });

  test('the page a record key names, and nothing for other keys', () => {
    const scope = 'http://localhost:4321/so-tay/';
    expect(recordPage(savedItemKey(scope, '/ke-hoach/kh-34/'), scope)).toBe('/ke-hoach/kh-34/');
    expect(recordPage(`${scope}ke-hoach/kh-34/`, scope)).toBeNull();
    expect(recordPage(savedItemKey('http://localhost:4321/', '/x/'), scope)).toBeNull();
  });
});

describe('what the site no longer has', () => {
  const plan = planSavedUrls('kh-34', ['mau-1']);
  const record = { title: 'Kế hoạch 34', urls: plan, savedAt: '2026-11-29T17:30:00.000Z' };

  test('a record keeps what was found gone, and reads back with it', () => {
    const marked = withGone(record, [plan[0]!], new Set([plan[0]!]));
    expect(marked.gone).toEqual([plan[0]]);
    expect(parseRecord(serializeRecord(marked))).toEqual(marked);
    expect(goneState(marked)).toBe('page');
  });

  test('a path asked again and found is not gone any more; one not asked stays as it was', () => {
    const both = withGone(record, [plan[0]!, plan[1]!], new Set([plan[0]!, plan[1]!]));
    const again = withGone(both, [plan[0]!], new Set());
    expect(again.gone).toEqual([plan[1]]);
    expect(goneState(again)).toBe('files');
    const back = withGone(again, plan, new Set());
    expect(back).toEqual(record);
    expect(goneState(back)).toBeNull();
    expect(serializeRecord(back)).not.toContain('gone');
  });

  test('nothing changed gives the same record (nothing to write); a path not saved changes nothing', () => {
    expect(withGone(record, plan, new Set())).toBe(record);
    expect(withGone(record, ['/ke-hoach/khac/'], new Set(['/ke-hoach/khac/']))).toBe(record);
  });
});

describe('removing an item', () => {
  test('keeps the files another saved item still needs', () => {
    const plan = planSavedUrls('kh-34', ['mau-1']);
    const form = formSavedUrls('mau-1');
    expect(filesToRemove(plan, [form])).toEqual(['/ke-hoach/kh-34/']);
    expect(filesToRemove(form, [])).toEqual(form);
  });
});

describe('dates', () => {
  test('the day of saving is dd/mm/yyyy in Vietnam', () => {
    // 17:30 UTC on 29 November is 00:30 on 30 November in Vietnam.
    expect(formatSavedDate('2026-11-29T17:30:00.000Z')).toBe('30/11/2026');
    expect(formatSavedDate('2026-01-05T03:00:00.000Z')).toBe('05/01/2026');
  });
});

describe('the search index list and page titles', () => {
  test('reads the build list, refuses anything else', () => {
    expect(parseSearchFiles({ bytes: 10, files: ['/pagefind/a.pf_index'] })).toEqual({
      bytes: 10,
      files: ['/pagefind/a.pf_index'],
    });
    expect(parseSearchFiles({ bytes: '10', files: [] })).toBeNull();
    expect(parseSearchFiles({ bytes: 10, files: ['pagefind/a'] })).toBeNull();
    expect(parseSearchFiles(null)).toBeNull();
  });

  test('a cached page’s title, entities decoded', () => {
    expect(htmlTitle('<html><head><title>Kế hoạch &amp; “Chỉ thị” &#8212; Sổ tay</title></head>')).toBe(
      'Kế hoạch & “Chỉ thị” — Sổ tay',
    );
    expect(htmlTitle('<p>no title</p>')).toBeNull();
  });

  // Found by saved.property.test.ts: String.fromCodePoint threw a RangeError past U+10FFFF.
  test('reads a numeric reference past Unicode as U+FFFD, as browsers do', () => {
    expect(htmlTitle('<title>&#99999999; &#x110000; Sổ tay</title>')).toBe('\uFFFD \uFFFD Sổ tay');
  });

  test('finds the title whatever case its tags are in, and nothing without a closing tag', () => {
    expect(htmlTitle('<TITLE lang="vi">Sổ tay</Title>')).toBe('Sổ tay');
    expect(htmlTitle('<title>Sổ tay')).toBeNull();
    expect(htmlTitle('<title Sổ tay</title>')).toBeNull();
  });
});
