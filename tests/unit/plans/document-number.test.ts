import { describe, expect, test } from 'vitest';
import { issuerName, parseDocumentNumber, documentNumberSchema } from '../../../src/schemas/document-number';

describe('parseDocumentNumber', () => {
  test.each([
    ['34-KH/ĐUK', '34', 'KH', 'Kế hoạch', 'ĐUK'],
    ['147-KH/TU', '147', 'KH', 'Kế hoạch', 'TU'],
    ['05-CT/TW', '05', 'CT', 'Chỉ thị', 'TW'],
    ['01-KL/TW', '01', 'KL', 'Kết luận', 'TW'],
    ['08-QĐi/TW', '08', 'QĐi', 'Quy định', 'TW'],
    ['124-CV/VP.ĐUK', '124', 'CV', 'Công văn', 'VP.ĐUK'],
    ['1122-CV/BTGTU', '1122', 'CV', 'Công văn', 'BTGTU'],
  ])('reads %s as serial, type and issuer', (raw, serial, typeCode, typeName, issuerCode) => {
    expect(parseDocumentNumber(raw)).toEqual({ raw, serial, typeCode, typeName, issuerCode });
  });

  test.each(['34KH/ĐUK', '34-KH-ĐUK', '34 - KH/ĐUK', 'KH/ĐUK', '34-XYZ/TU', '', '34-KH/'])('rejects "%s"', (raw) => {
    expect(() => parseDocumentNumber(raw)).toThrow(/document number|unknown document type/u);
  });

  // Found by document-number.property.test.ts: `in` found the type code on Object.prototype,
  // so these were read as numbers whose type name was a function.
  test.each(['0-constructor/TW', '1-toString/TU', '34-valueOf/ĐUK', '2-hasOwnProperty/TW'])(
    'rejects "%s", whose type code is a name every object inherits',
    (raw) => {
      expect(() => parseDocumentNumber(raw)).toThrow(/unknown document type/u);
    },
  );

  test('the schema reports a malformed number as an issue instead of throwing', () => {
    const result = documentNumberSchema.safeParse('34/KH-ĐUK');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('34/KH-ĐUK');
  });
});

describe('issuerName', () => {
  test('names the bodies of known codes', () => {
    expect(issuerName('ĐUK')).toBe('Đảng ủy Khối');
    expect(issuerName('TU')).toBe('Tỉnh ủy');
  });

  // Found by document-number.property.test.ts: the lookup returned Object's own functions.
  test.each(['isPrototypeOf', 'constructor', '__proto__', 'toString', 'XYZ'])('gives "%s" back as it is', (code) => {
    expect(issuerName(code)).toBe(code);
  });
});
