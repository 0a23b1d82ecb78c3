import { describe, expect, test } from 'vitest';
import { todayInVietnam } from '../../../src/client/today';

describe("today's date in Vietnam", () => {
  test('is the date in Hà Nội, whatever the zone of the instant given', () => {
    // 23:30 on 24/02/2022 in New York is already 25/02/2022 in Hà Nội (UTC+7).
    expect(todayInVietnam(new Date('2022-02-24T23:30:00-05:00'))).toBe('2022-02-25');
    expect(todayInVietnam(new Date('2022-02-24T16:59:59Z'))).toBe('2022-02-24');
    expect(todayInVietnam(new Date('2022-02-24T17:00:00Z'))).toBe('2022-02-25');
  });
});
