import { describe, expect, test } from 'vitest';
import { boundedList } from '../../../src/lib/site/bounded-list';

describe('boundedList', () => {
  test('keeps short lists whole', () => {
    expect(boundedList([1, 2, 3], 5)).toEqual({ shown: [1, 2, 3], more: 0 });
  });
  test('cuts long lists at the limit and counts the rest', () => {
    expect(boundedList([1, 2, 3, 4, 5, 6, 7], 5)).toEqual({ shown: [1, 2, 3, 4, 5], more: 2 });
  });
  test('exactly at the limit nothing is left out', () => {
    expect(boundedList([1, 2], 2)).toEqual({ shown: [1, 2], more: 0 });
  });
});
