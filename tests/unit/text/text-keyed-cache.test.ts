import { describe, expect, test } from 'vitest';
import { TextKeyedCache, textHash } from '../../../src/lib/text-keyed-cache';

// Long texts that differ in one character, as copies of a plan with another number do.
const body = (serial: number, length = 20_000) => `Số ${String(serial).padStart(4, '0')}-KH/ĐUK ${'x'.repeat(length)}`;

describe('TextKeyedCache', () => {
  test('finds a value by an equal text that is another string object', () => {
    const cache = new TextKeyedCache<number>();
    cache.set(body(1), 1);
    cache.set(body(2), 2);
    const copy = [...body(2)].join('');
    expect(cache.get(copy)).toBe(2);
    expect(cache.get(body(3))).toBeUndefined();
  });

  test('replaces a value set again, and keeps texts that share a hash apart', () => {
    const cache = new TextKeyedCache<string>();
    // Differ only inside the sampled middle, between two sampled characters: same hash.
    const a = `${'a'.repeat(300)}${'m'.repeat(100)}${'z'.repeat(300)}`;
    const b = `${a.slice(0, 301)}Q${a.slice(302)}`; // 301 is not a sampled position
    expect(textHash(a)).toBe(textHash(b));
    cache.set(a, 'a');
    cache.set(b, 'b');
    cache.set(a, 'a2');
    expect(cache.get(a)).toBe('a2');
    expect(cache.get(b)).toBe('b');
  });

  test('long texts of equal length that differ near the start get different hashes', () => {
    const hashes = new Set(Array.from({ length: 1000 }, (_, serial) => textHash(body(serial))));
    expect(hashes.size).toBe(1000);
  });

  test('short texts are hashed whole', () => {
    expect(textHash('đại đoàn kết')).not.toBe(textHash('đại đoàn kêt'));
  });
});
