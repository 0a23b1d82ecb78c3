import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { entriesToEvict, indexDrift, totalBytes, type CachedEntry } from '../../../src/lib/offline/budget';

const entry = (url: string, bytes: number, used: number): CachedEntry => ({ url, bytes, used });

describe('entriesToEvict: least recently used first, in bytes', () => {
  test('nothing goes while the cache fits its budget', () => {
    expect(entriesToEvict([entry('a', 40, 1), entry('b', 60, 2)], 100)).toEqual([]);
  });

  test('the copy read longest ago goes first, not the one written first', () => {
    // "a" was written first but read again last: "b" is the least recently used.
    const entries = [entry('a', 40, 30), entry('b', 40, 20), entry('c', 40, 25)];
    expect(entriesToEvict(entries, 100)).toEqual(['b']);
    expect(entriesToEvict(entries, 40)).toEqual(['b', 'c']);
  });

  test('a copy bigger than the whole budget goes when its turn comes', () => {
    expect(entriesToEvict([entry('small', 10, 1), entry('huge', 500, 2)], 100)).toEqual(['small', 'huge']);
  });

  test('equal times are broken by URL, whatever the order listed', () => {
    expect(entriesToEvict([entry('b', 60, 1), entry('a', 60, 1)], 100)).toEqual(['a']);
  });

  const entries = fc.uniqueArray(
    fc.record({ url: fc.string({ minLength: 1, maxLength: 6 }), bytes: fc.nat(1000), used: fc.nat(50) }),
    { selector: (item) => item.url, maxLength: 30 },
  );

  test('what is kept fits, nothing kept is older than what went, and no more goes than needed', () => {
    fc.assert(
      fc.property(entries, fc.nat(20_000), (list, budget) => {
        const evicted = entriesToEvict(list, budget);
        const gone = new Set(evicted);
        const kept = list.filter((item) => !gone.has(item.url));
        expect(totalBytes(kept)).toBeLessThanOrEqual(budget);
        const newestGone = Math.max(-1, ...list.filter((item) => gone.has(item.url)).map((item) => item.used));
        for (const item of kept) expect(item.used).toBeGreaterThanOrEqual(newestGone);
        if (evicted.length > 0) {
          // Keeping the last one evicted would not have fit.
          const last = list.find((item) => item.url === evicted.at(-1))!;
          expect(totalBytes(kept) + last.bytes).toBeGreaterThan(budget);
        }
      }),
    );
  });
});

describe('indexDrift', () => {
  test('keys the index does not know, and rows whose copy is gone', () => {
    expect(indexDrift([entry('a', 1, 1), entry('b', 1, 1)], ['b', 'c'])).toEqual({ unknown: ['c'], missing: ['a'] });
    expect(indexDrift([], [])).toEqual({ unknown: [], missing: [] });
  });
});
