import { describe, expect, test } from 'vitest';
import { findDeadlineCandidates } from '../../../src/lib/import/deadlines';
import { findIssuer } from '../../../src/lib/import/issuer';
import { reportToOf } from '../../../src/lib/import/deadlines/sentence';
import { HUGE_TIMEOUT } from '../../helpers/arbitraries';

/**
 * Long paragraphs the importer once read in quadratic time, found by the properties of
 * date-phrases.property.test.ts and header.property.test.ts: a received file may hold one
 * (a PDF whose text came out as one line). Each took minutes on the code before; now each
 * reads in well under a second, so a regression shows as the timeout. No time is measured.
 */
describe('the importer reads long paragraphs in linear time', () => {
  test('200,000 characters of "gửi" with no body to send to', { timeout: HUGE_TIMEOUT }, () => {
    expect(reportToOf('gửi '.repeat(50_000))).toBeNull();
  });

  test('bodies’ names with no "ban hành" after them', { timeout: HUGE_TIMEOUT }, () => {
    expect(findIssuer(`${'Ban Thường vụ Tỉnh ủy '.repeat(10_000)};`, null, 'TU')).toBeNull();
  });

  test('a closing "Trên đây là" with many "của Ban Thường vụ" and no word after', { timeout: HUGE_TIMEOUT }, () => {
    expect(findIssuer(`Trên đây là ${'của Ban Thường vụ a '.repeat(10_000)};`, null, 'TU')).toBeNull();
  });

  test('100,000 characters of "dịp" with no anniversary span', { timeout: HUGE_TIMEOUT }, () => {
    expect(findDeadlineCandidates([{ text: 'dịp '.repeat(25_000), line: 1 }], null).deadlines).toEqual([]);
  });

  test('9,000 dates in one sentence, each quoting it', { timeout: HUGE_TIMEOUT }, () => {
    const text = 'trước ngày 15/12/2020 '.repeat(9_000);
    const { deadlines } = findDeadlineCandidates([{ text, line: 1 }], null);
    expect(deadlines).toHaveLength(9_000);
    expect(new Set(deadlines.map((deadline) => deadline.id)).size).toBe(9_000);
    expect(deadlines.every((deadline) => deadline.quote === text.trim())).toBe(true);
  });
});
