import { describe, expect, test } from 'vitest';
import { formClosing, formHeader, lineSegments, planClosing, planHeader } from '../../../src/lib/documents/frame';
import { formDocumentSchema } from '../../../src/schemas/form';
import { planSchema } from '../../../src/schemas/plan';

const plan = planSchema.parse({
  number: '59-KH/ĐUK',
  numberAsPrinted: '59 - KH/ĐUK',
  documentType: 'KẾ HOẠCH',
  title: 'sơ kết',
  headerLeft: ['ĐẢNG BỘ TỈNH QUẢNG NAM', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN'],
  dateLine: 'Quảng Nam, ngày 06 tháng 3 năm 2020',
  issuer: 'Ban Thường vụ Đảng ủy Khối',
  province: 'Quảng Nam',
  provinceEvidence: 'ĐẢNG BỘ TỈNH QUẢNG NAM',
  signer: { onBehalfOf: 'T/M BAN THƯỜNG VỤ', position: null, signedMark: '(Đã ký)', name: 'Phạm Sáu' },
  recipients: ['Ban Tuyên giáo Tỉnh ủy,', 'Lưu VT.'],
  source: { file: 'seed.txt', lastLine: 3 },
  period: null,
  periodReason: 'Thử nghiệm.',
});

describe('the frame of a Party document, one shape for plans and forms', () => {
  test('a plan: the last body of the left column is the issuer, then "*" and the number as printed', () => {
    expect(planHeader(plan)).toEqual({
      left: [
        { line: 'ĐẢNG BỘ TỈNH QUẢNG NAM', issuer: false },
        { line: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN', issuer: true },
      ],
      star: true,
      number: 'Số 59 - KH/ĐUK',
      party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      dateLine: 'Quảng Nam, ngày 06 tháng 3 năm 2020',
    });
    expect(planClosing(plan)).toEqual({
      recipients: { label: 'Nơi nhận:', items: ['- Ban Tuyên giáo Tỉnh ủy,', '- Lưu VT.'] },
      signature: { roles: ['T/M BAN THƯỜNG VỤ'], mark: '(Đã ký)', name: 'Phạm Sáu' },
    });
    expect(planClosing({ ...plan, recipients: [], signer: null })).toEqual({ recipients: null, signature: null });
  });

  test('a form as typed: every left line is the issuer’s, no "*", blanks kept as segments', () => {
    const doc = formDocumentSchema.parse({
      header: { left: ['CHI BỘ {{.....|Tên chi bộ}}'], party: 'ĐẢNG CÔNG SẢN VIỆT NAM', dateLine: 'ngày {{...|Ngày}}' },
      type: 'BÁO CÁO',
      title: ['kết quả'],
      body: [{ kind: 'paragraph', text: 'Nội dung.' }],
      recipients: { label: 'Nơi nhận:', items: ['- Lưu.'] },
      signature: { roles: ['T/M CHI BỘ', 'BÍ THƯ'], name: '{{|Họ tên}}' },
    });
    const header = formHeader(doc.header!);
    expect(header.star).toBe(false);
    expect(header.party).toBe('ĐẢNG CÔNG SẢN VIỆT NAM');
    expect(header.left.map(({ issuer }) => issuer)).toEqual([true]);
    expect(header.left[0]!.line).toEqual([
      { kind: 'text', text: 'CHI BỘ ', italic: false },
      { kind: 'blank', printed: '.....', label: 'Tên chi bộ', italic: false },
    ]);
    expect(formClosing(doc).signature).toEqual({
      roles: ['T/M CHI BỘ', 'BÍ THƯ'],
      mark: null,
      name: doc.signature!.name,
    });
  });

  test('a plain line is one run of text', () => {
    expect(lineSegments('Số 34-KH/ĐUK')).toEqual([{ kind: 'text', text: 'Số 34-KH/ĐUK', italic: false }]);
  });
});
