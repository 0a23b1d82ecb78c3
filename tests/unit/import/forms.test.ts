import { describe, expect, test } from 'vitest';
import { splitForms } from '../../../src/lib/import/forms';
import type { LineRole } from '../../../src/lib/import/types';

describe('splitForms', () => {
  // The "Số" line was not read as a header line (\b after "ố" never matched), so a second
  // form's header lines above it stayed with the first form (tra-vinh-43-kh-duk's BÁO CÁO).
  test('a form takes the header lines printed above its type word, its "Số" line included', () => {
    const lines = [
      'KẾ HOẠCH',
      'thực hiện mô hình...',
      '',
      'ĐẢNG BỘ KHỐI CƠ QUAN VÀ',
      'CHI BỘ (hoặc ĐẢNG ỦY).....',
      '',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Trà Vinh, ngày ... tháng ... năm 20...',
      'Số - BC/CB (ĐU)',
      '',
      'BÁO CÁO',
      'kết quả thực hiện mô hình...',
    ];
    const roles: LineRole[] = [];
    const forms = splitForms(lines, 0, roles);
    expect(forms.map((form) => form.title)).toEqual([
      'KẾ HOẠCH thực hiện mô hình...',
      'BÁO CÁO kết quả thực hiện mô hình...',
    ]);
    expect(forms[1]!.lines[0]).toEqual({ n: 3, text: '' });
    expect(forms[0]!.lines.map((line) => line.text)).toEqual(['KẾ HOẠCH', 'thực hiện mô hình...']);
  });
});
