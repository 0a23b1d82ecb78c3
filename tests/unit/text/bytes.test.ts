import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatBytes } from '../../../src/lib/text/bytes';

const KB = 1024;
const MB = 1024 * KB;

/** The size a reader reads back from the text, in bytes. */
function readBack(text: string): number {
  const [number, unit] = text.split('\u00a0') as [string, string];
  const value = Number(number.replace(',', '.'));
  return value * { KB, MB, GB: 1024 * MB }[unit as 'KB' | 'MB' | 'GB'];
}

describe('formatBytes: one byte format for readers', () => {
  test.each([
    [0, '0 KB'],
    [20, '0,1 KB'],
    [300, '0,3 KB'],
    [9.64 * KB, '9,6 KB'],
    [9.96 * KB, '10 KB'],
    [12.3 * KB, '12 KB'],
    [15_000, '15 KB'],
    [850 * KB, '850 KB'],
    [999.4 * KB, '999 KB'],
    [999.6 * KB, '1 MB'],
    [1023 * KB, '1 MB'],
    [1.4 * MB, '1,4 MB'],
    [2 * MB, '2 MB'],
    [20 * MB, '20 MB'],
    [2.1 * 1024 * MB, '2,1 GB'],
    [5000 * 1024 * MB, '5.000 GB'],
  ])('%d bytes read "%s"', (bytes, text) => {
    // A no-break space holds the number to its unit.
    expect(formatBytes(bytes)).toBe(text.replace(' ', '\u00a0'));
  });

  test('at most three figures, a decimal comma, one unit, for any size up to 999 GB', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 * 1024 * MB }), (bytes) => {
        expect(formatBytes(bytes)).toMatch(/^(\d{1,3}|\d,\d)\u00a0(KB|MB|GB)$/u);
      }),
    );
  });

  test('a larger size never reads smaller, and reads within 5 % (or 0,1 KB) of the truth', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 * 1024 * MB }),
        fc.integer({ min: 0, max: 999 * 1024 * MB }),
        (a, b) => {
          const [small, large] = a <= b ? [a, b] : [b, a];
          expect(readBack(formatBytes(small))).toBeLessThanOrEqual(readBack(formatBytes(large)));
          expect(Math.abs(readBack(formatBytes(large)) - large)).toBeLessThanOrEqual(Math.max(0.05 * large, 0.1 * KB));
        },
      ),
    );
  });
});
