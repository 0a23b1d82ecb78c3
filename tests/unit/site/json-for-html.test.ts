import { describe, expect, test } from 'vitest';
import { jsonForHtml } from '../../../src/lib/site/json-for-html';

describe('jsonForHtml', () => {
  const value = {
    name: '</script><script>alert(document.domain)</script>',
    note: '<!-- "><img src=x onerror=alert(1)> &amp; \u2028\u2029',
    list: ['Kế hoạch số 34-KH/ĐUK', 1, null, true],
  };

  test('leaves no character that could end a script element, open a comment or a reference', () => {
    expect(jsonForHtml(value)).not.toMatch(/[<>&\u2028\u2029]/u);
    expect(jsonForHtml('</script>')).toBe('"\\u003c/script\\u003e"');
    expect(jsonForHtml('a&b\u2028')).toBe('"a\\u0026b\\u2028"');
  });

  test('JSON.parse gives back exactly the value', () => {
    expect(JSON.parse(jsonForHtml(value))).toEqual(value);
  });

  test('refuses a value that has no JSON form instead of embedding "undefined"', () => {
    expect(() => jsonForHtml(undefined)).toThrow(TypeError);
  });
});
