import ICAL from 'ical.js';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { plainText } from '../../src/lib/text/plain-text';
import { dist, readDist, requireBuilt } from '../helpers/dist';

describe('commemorations', () => {
  const page = parse(readDist(requireBuilt(dist), 'ngay-ky-niem/index.html'));

  test('each year lists every anniversary with its number and năm tròn / năm lẻ 5', () => {
    const year2020 = plainText(page.querySelector('[data-year-section="2020"]')!.text);
    expect(year2020).toContain('03/02/2020 Ngày thành lập Đảng Cộng sản Việt Nam Kỷ niệm 90 năm · năm tròn');
    expect(year2020).toContain('26/01/2020 Chiến thắng Tua Hai (Tây Ninh) Kỷ niệm 60 năm · năm tròn');
    expect(year2020).toContain('30/04/2020 Ngày Giải phóng miền Nam, thống nhất đất nước Kỷ niệm 45 năm · năm lẻ 5');
    expect(year2020).toContain('19/08/2020 Cách mạng Tháng Tám thành công Kỷ niệm 75 năm · năm lẻ 5');
    const year2026 = plainText(page.querySelector('[data-year-section="2026"]')!.text);
    expect(year2026).toContain('Kỷ niệm 136 năm');
    expect(year2026).not.toContain('năm tròn');
  });

  test('the .ics holds one all-day event per commemoration and year, parsed back with ical.js', () => {
    const calendar = new ICAL.Component(ICAL.parse(readDist(dist, 'ngay-ky-niem.ics')));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(6 * 16);
    const party2030 = events.find((event) => event.startDate.toString() === '2030-02-03');
    expect(party2030?.summary).toBe('Kỷ niệm 100 năm Ngày thành lập Đảng Cộng sản Việt Nam (năm tròn)');
    expect(party2030?.startDate.isDate).toBe(true);
  });

  test('a commemoration page shows its plans, linked to the paragraph that ties work to it', () => {
    const detail = parse(readDist(dist, 'ngay-ky-niem/sinh-nhat-bac/index.html'));
    const links = detail.querySelectorAll('#ke-hoach-gan-voi-ngay-nay + ul a').map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/ke-hoach/tay-ninh-28-kh-duk/#ii-3-p2',
      '/ke-hoach/tay-ninh-28-kh-duk/#ii-7-p1',
      '/ke-hoach/quang-nam-59-kh-duk/#ii-2-2-p1',
    ]);
  });
});
