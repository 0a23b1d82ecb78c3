import { describe, expect, test } from 'vitest';
import { findBasis, findIssuer } from '../../../src/lib/import/issuer';

describe('findIssuer', () => {
  test('reads the body where Party documents name it', () => {
    expect(findIssuer('Ban Thường vụ Tỉnh ủy ban hành kế hoạch này.', null, 'TU')).toBe('Ban Thường vụ Tỉnh ủy');
    expect(findIssuer('Thực hiện…, Ban Thường vụ Đảng ủy Khối xây dựng kế hoạch như sau', null, 'ĐUK')).toBe(
      'Ban Thường vụ Đảng ủy Khối',
    );
    expect(findIssuer('Trên đây là Kế hoạch của Ban Thường vụ Đảng ủy Khối về học tập.', null, 'ĐUK')).toBe(
      'Ban Thường vụ Đảng ủy Khối',
    );
  });

  test('passes over a closing whose body is followed by no word it expects, for a later one', () => {
    const text = 'Trên đây là ý kiến của Ban Thường vụ Tỉnh ủy; Trên đây là Kế hoạch của Thường trực Tỉnh ủy, đề nghị';
    expect(findIssuer(text, null, 'TU')).toBe('Thường trực Tỉnh ủy');
  });

  test('falls back on the body the signature names when the text prints it', () => {
    expect(findIssuer('… theo chỉ đạo của Ban Thường vụ Tỉnh ủy …', 'T/M BAN THƯỜNG VỤ', 'TU')).toBe(
      'Ban Thường vụ Tỉnh ủy',
    );
    expect(findIssuer('không nêu cơ quan', 'T/M BAN THƯỜNG VỤ', 'TU')).toBeNull();
  });
});

describe('findBasis', () => {
  test('lists the documents of the opening "Thực hiện …" sentence, item by item', () => {
    expect(findBasis('Thực hiện Kế hoạch số 35-KH/TU; Hướng dẫn số 12-HD/BTGTU. Các chi bộ…')).toEqual([
      'Kế hoạch số 35-KH/TU',
      'Hướng dẫn số 12-HD/BTGTU',
    ]);
    expect(findBasis('Các chi bộ thực hiện')).toEqual([]);
    expect(findBasis(undefined)).toEqual([]);
  });
});
