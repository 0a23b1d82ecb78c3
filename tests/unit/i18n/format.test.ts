import { describe, expect, test } from 'vitest';
import { format, translator } from '../../../src/i18n/format';
import { pickMessages, t } from '../../../src/i18n/t';
import vi from '../../../src/i18n/vi.json';

describe('format', () => {
  test('fills every placeholder, each as often as it appears', () => {
    expect(format('{shown} / {total} mốc', { shown: 3, total: 12 })).toBe('3 / 12 mốc');
    expect(format('{a}{a}', { a: 'x' })).toBe('xx');
  });
  test('leaves a placeholder without a value as written, so it shows', () => {
    expect(format('Hôm nay: {date}')).toBe('Hôm nay: {date}');
  });
  test('is what t() does to vi.json', () => {
    expect(t('timeline.count', { shown: 1, total: 2 })).toBe(format(vi['timeline.count'], { shown: 1, total: 2 }));
  });
});

describe('UI strings for browser code', () => {
  test('a page hands over the strings by the names its script uses, in the order given', () => {
    const messages = pickMessages({ failed: 'search.failed', count: 'search.count' });
    expect(Object.keys(messages)).toEqual(['failed', 'count']);
    expect(messages.failed).toBe(vi['search.failed']);
  });
  test('the script fills them as t() would', () => {
    const text = translator(pickMessages({ count: 'search.count' }));
    expect(text('count', { count: 3, query: 'dai doan ket' })).toBe(
      t('search.count', { count: 3, query: 'dai doan ket' }),
    );
  });
});
