import { describe, expect, test } from 'vitest';
import { isSafeUrl, isUrlAttribute, urlsOfAttribute } from '../../../src/lib/site/safe-url';

describe('isSafeUrl', () => {
  test.each([
    'ke-hoach/tra-vinh-34-kh-duk/',
    '../bieu-mau/',
    '/so-tay/ke-hoach/',
    '#i-p2',
    '?trang=2',
    '',
    'https://dangcongsan.vn/',
    'HTTP://example.org/a:b',
    'mailto:vanphong@example.org',
    'tel:+84-294-3862-000',
    'tai-lieu/a%20b.pdf',
    'ke-hoach/a:b/',
  ])('allows %j', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    '\u0000\u0001javascript:alert(1)',
    '\njavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java&#x09;script:alert(1)',
    'java&Tab;script:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript&#x3A;alert(1)',
    'javascript&colon;alert(1)',
    '&amp;#106;avascript:alert(1)',
    'java%09script:alert(1)',
    '%6Aavascript:alert(1)',
    'javascript%3Aalert(1)',
    '\u00a0javascript:alert(1)',
    '\ufeffjavascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'DATA:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/',
    'blob:https://example.org/1',
    '//evil.example/',
    '\\\\evil.example/',
    '/\\evil.example/',
    ' //evil.example/',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});

describe('URL attributes', () => {
  test('knows the HTML and the hast spellings', () => {
    expect(['href', 'src', 'srcSet', 'xlink:href', 'xLinkHref', 'formAction', 'poster'].every(isUrlAttribute)).toBe(
      true,
    );
    expect(['alt', 'title', 'id', 'className'].some(isUrlAttribute)).toBe(false);
  });
  test('reads each candidate of a srcset', () => {
    expect(urlsOfAttribute('srcset', 'a.png 1x, javascript:x 2x')).toEqual(['a.png', 'javascript:x']);
    expect(urlsOfAttribute('href', 'a, b')).toEqual(['a, b']);
  });
});
