import { describe, expect, test } from 'vitest';
import { BASE_PATH, dist, distBase, requireBuilt } from '../helpers/dist';
import { findBrokenLinks } from '../helpers/link-check';

describe('every internal link, asset and #anchor resolves', () => {
  test('in dist/', () => {
    const { broken, checked } = findBrokenLinks(requireBuilt(dist), '/');
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  test(`in the build under the sub-path ${BASE_PATH}`, () => {
    const { broken, checked } = findBrokenLinks(requireBuilt(distBase), BASE_PATH);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  test('the checker catches a link that leaves the sub-path (so it can fail)', () => {
    // The root build's links start at "/", which is outside /so-tay/.
    const { broken } = findBrokenLinks(requireBuilt(dist), BASE_PATH);
    expect(broken.length).toBeGreaterThan(0);
  });
});
