import { describe, expect, test } from 'vitest';
import { checkInput, type ImportInputError, MAX_BYTES, sniffFormat } from '../../../src/lib/import/sniff';
import { readText } from '../../../src/lib/import/reader-text';
import { parseHeader, readNumber } from '../../../src/lib/import/header';
import { parseClosing } from '../../../src/lib/import/signature';
import { convertBody } from '../../../src/lib/import/body';
import { classifyPhrase, findDeadlineCandidates, findPeriod } from '../../../src/lib/import/deadlines';
import { reportToOf, whoOf } from '../../../src/lib/import/sentences';
import { frontmatterYaml } from '../../../src/lib/import/mdx';
import { convertToPlan, ConversionError } from '../../../src/lib/import/convert';
import type { LineRole, NeedsPerson } from '../../../src/lib/import/types';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniff: the format by content', () => {
  test('magic numbers', () => {
    expect(sniffFormat(bytes('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFormat(new Uint8Array([0x50, 0x4b, 3, 4, ...bytes('word/document.xml')]))).toBe('docx');
    const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const utf16 = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
    expect(sniffFormat(new Uint8Array([...cfb, 0, 0, ...utf16]))).toBe('encrypted-ooxml');
    expect(sniffFormat(new Uint8Array(cfb))).toBe('doc');
    expect(sniffFormat(bytes('Số 1-KH/ĐUK'))).toBe('text');
    expect(sniffFormat(new Uint8Array([0xff, 0xfe, 0x00, 0x41]))).toBe('binary');
  });
  test('checks name the problem', () => {
    const problem = (ext: string, data: Uint8Array) => {
      try {
        checkInput('a' + ext, ext, data);
        return null;
      } catch (error) {
        return (error as ImportInputError).en;
      }
    };
    expect(problem('.txt', bytes(' \n'))).toBe('the file is empty');
    expect(problem('.docx', bytes('plain words'))).toContain('does not match the extension');
    expect(problem('.txt', new Uint8Array(MAX_BYTES + 1).fill(65))).toContain('too large');
    expect(problem('.xls', bytes('x'))).toContain('unsupported');
    expect(problem('.txt', bytes('Số 1'))).toBeNull();
  });
});

describe('readText', () => {
  test('BOM, CRLF and the final newline', () => {
    expect(readText(bytes('\uFEFFa\r\nb\n')).lines).toEqual(['a', 'b']);
  });
});

describe('header', () => {
  test('number as printed, read by the site parser', () => {
    expect(readNumber('59  - KH/ĐUK').number?.raw).toBe('59-KH/ĐUK');
    expect(readNumber('59  - KH/ĐUK').asPrinted).toBe('59 - KH/ĐUK');
    expect(readNumber('KH/CB (ĐU)').number).toBeNull();
  });
  test('bodies, motto, date line, type and a title up to the rule', () => {
    const lines = [
      'ĐẢNG BỘ TỈNH QUẢNG NAM',
      '',
      '*',
      'Số 59 - KH/ĐUK',
      '\tĐẢNG CỘNG SẢN VIỆT NAM',
      'Quảng Nam, ngày 06 tháng 3 năm 2020',
      'KẾ HOẠCH',
      'Sơ kết 04 năm ',
      'của Bộ Chính trị',
      '-----',
      'Thực hiện …',
    ];
    const roles: LineRole[] = [];
    const header = parseHeader(lines, roles, []);
    expect(header).toMatchObject({
      headerLeft: ['ĐẢNG BỘ TỈNH QUẢNG NAM'],
      documentType: 'KẾ HOẠCH',
      title: 'Sơ kết 04 năm của Bộ Chính trị',
      end: 10,
    });
    expect(header.dateLine).toEqual({
      line: 'Quảng Nam, ngày 06 tháng 3 năm 2020',
      place: 'Quảng Nam',
      iso: '2020-03-06',
    });
    expect(roles.filter(Boolean)).toHaveLength(10);
  });
  test('a date line with blanks is printed but not a date: reported, never guessed', () => {
    const needs: NeedsPerson[] = [];
    const header = parseHeader(
      ['Trà Vinh, ngày ... tháng ... năm 20...', 'Số 1-KH/ĐUK', 'KẾ HOẠCH', '**tiêu đề**'],
      [],
      needs,
    );
    expect(header.dateLine).toBeNull();
    expect(header.unreadDateLine).toBe('Trà Vinh, ngày ... tháng ... năm 20...');
    expect(needs[0]?.field).toBe('dateLine');
  });
});

describe('closing', () => {
  test('Nơi nhận with a continued item, then the signature block', () => {
    const lines = [
      'Body.',
      'Nơi nhận:',
      '- Ban A,',
      'Chủ tịch B,',
      '',
      '- Lưu.',
      '\tT/M BAN THƯỜNG VỤ',
      'PHÓ BÍ THƯ',
      '(Đã ký)',
      'Ngô Chí Cường',
      '',
      'KẾ HOẠCH',
    ];
    const closing = parseClosing(lines, 1, []);
    expect(closing.bodyEnd).toBe(1);
    expect(closing.recipients).toEqual(['Ban A, Chủ tịch B,', 'Lưu.']);
    expect(closing.signer).toEqual({
      onBehalfOf: 'T/M BAN THƯỜNG VỤ',
      position: 'PHÓ BÍ THƯ',
      signedMark: '(Đã ký)',
      name: 'Ngô Chí Cường',
    });
    expect(closing.last).toBe(9);
  });
});

describe('body', () => {
  const body = (...lines: string[]) => convertBody(lines.map((text, i) => ({ n: i + 1, text }))).mdx;
  test('headings by numbering, escaped list starts, page breaks joined', () => {
    expect(
      body(
        'I- MỤC ĐÍCH, YÊU CẦU',
        '1. Mục đích',
        '- Nâng cao,',
        'nhận thức.',
        '1. Cấp ủy xây dựng kế hoạch.',
        '2.1- Đối với cơ sở:',
      ),
    ).toBe(
      '## I- MỤC ĐÍCH, YÊU CẦU\n\n### 1. Mục đích\n\n\\- Nâng cao, nhận thức.\n\n1\\. Cấp ủy xây dựng kế hoạch.\n\n#### 2.1- Đối với cơ sở:',
    );
  });
  test('footnotes, MDX characters and a number broken after its hyphen', () => {
    expect(body('Tỉnh ủy⁽²⁾ và {x} <y>', 'Chỉ thị số 21-', 'CT/TW, ngày 1/1/2020.', '⁽²⁾ Quy định số 101-QĐ/TW.')).toBe(
      'Tỉnh ủy[^2] và \\{x\\} \\<y\\>\n\nChỉ thị số 21-CT/TW, ngày 1/1/2020.\n\n[^2]: Quy định số 101-QĐ/TW.',
    );
  });
});

describe('deadline candidates', () => {
  const period = { from: 2021, until: 2025, quote: 'giai đoạn 2021 - 2025' };
  test('each kind the linter phrases give', () => {
    expect(classifyPhrase('27/01/2022', 'hoàn thành trước ngày ', '.', null)).toMatchObject({
      kind: 'day',
      date: '2022-01-27',
      before: true,
      label: 'trước ngày 27/01/2022',
    });
    expect(classifyPhrase('tháng .../2020', 'đảng viên ', '', null)).toMatchObject({
      kind: 'monthly',
      from: '2020-01',
      until: '2020-12',
    });
    expect(classifyPhrase('15/12', 'trước ngày ', ' hàng năm để', period)).toMatchObject({
      kind: 'yearly',
      every: { type: 'day', day: 15, month: 12, before: true },
    });
    expect(classifyPhrase('tháng 02/2023', 'vào ', '.', null)).toMatchObject({ kind: 'month', year: 2023, month: 2 });
    expect(classifyPhrase('cuối tháng 11', 'xong ', ' năm 2021', null)).toMatchObject({
      kind: 'month',
      year: 2021,
      month: 11,
      label: 'cuối tháng 11 năm 2021',
    });
    expect(classifyPhrase('quý IV', 'trong ', ' hàng năm', period)).toMatchObject({
      kind: 'yearly',
      every: { type: 'quarter', quarter: 4 },
    });
    expect(classifyPhrase('quý I/2023', 'vào ', '', null)).toMatchObject({ kind: 'quarter', year: 2023, quarter: 1 });
    expect(classifyPhrase('19/5', 'vào dịp sinh nhật Bác ', '', null)).toMatchObject({
      kind: 'occasion',
      occasion: 'dịp sinh nhật Bác 19/5',
    });
    // No year printed: never guessed, a mention for a person.
    expect(typeof classifyPhrase('tháng 3', 'trong ', '', null)).toBe('string');
  });
  test('the period: a range in the title first, a one-year topic, then the body', () => {
    expect(findPeriod('… giai đoạn 2021 - 2025', 'nhiệm kỳ 2020 - 2025')).toEqual({
      from: 2021,
      until: 2025,
      quote: 'giai đoạn 2021 - 2025',
    });
    expect(findPeriod('học tập chuyên đề năm 2020', 'giai đoạn 2019 - 2025')).toEqual({
      from: 2020,
      until: 2020,
      quote: 'chuyên đề năm 2020',
    });
    expect(findPeriod('tiêu đề', 'nhiệm kỳ 2020 - 2025')?.quote).toBe('nhiệm kỳ 2020 - 2025');
    expect(findPeriod('tiêu đề', 'không có')).toBeNull();
  });
  test('beyond the linter: a relative time, an anniversary occasion, ongoing work', () => {
    const { deadlines } = findDeadlineCandidates(
      [
        { text: 'Cấp ủy cơ sở thông báo thời gian tổ chức về Đảng ủy Khối trước 02 ngày.', line: 1 },
        {
          text: 'Tổ chức sơ kết vào dịp kỷ niệm 130 năm Ngày sinh của Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2020).',
          line: 2,
        },
        { text: 'Thường xuyên theo dõi, kiểm tra việc thực hiện; định kỳ báo cáo.', line: 3 },
      ],
      null,
    );
    expect(deadlines.map((d) => [d.kind, d.label])).toEqual([
      ['occasion', 'vào dịp kỷ niệm 130 năm Ngày sinh của Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2020)'],
      ['relative', 'trước 02 ngày'],
      ['ongoing', 'Thường xuyên'],
    ]);
    expect(deadlines[0]).toMatchObject({
      date: '2020-05-19',
      occasion: 'dịp kỷ niệm 130 năm Ngày sinh của Chủ tịch Hồ Chí Minh',
    });
    expect(deadlines[1]).toMatchObject({ days: 2, who: ['Cấp ủy cơ sở'] });
  });
  test('"cuối năm": the last month of a one-year plan, else an occasion', () => {
    expect(
      classifyPhrase('cuối năm', 'định kỳ, ', ' nhận xét', { from: 2020, until: 2020, quote: 'chuyên đề năm 2020' }),
    ).toMatchObject({ kind: 'month', year: 2020, month: 12 });
    expect(classifyPhrase('cuối năm', 'phê bình ', '', null)).toMatchObject({
      kind: 'occasion',
      occasion: 'cuối năm',
      date: null,
    });
  });
  test('who and to whom, when the sentence says', () => {
    expect(whoOf('- Cấp ủy các chi bộ, đảng bộ cơ sở xây dựng kế hoạch')).toEqual(['Cấp ủy các chi bộ, đảng bộ cơ sở']);
    expect(reportToOf('Định kỳ báo cáo kết quả gửi về Ban Tuyên giáo Đảng ủy Khối trước ngày 15/12 hàng năm')).toBe(
      'Ban Tuyên giáo Đảng ủy Khối',
    );
  });
  test("a cited document's date is not a candidate (the linter recognises it)", () => {
    const { deadlines, dateMentions } = findDeadlineCandidates(
      [{ text: 'Thực hiện Kế hoạch số 35-KH/TU, ngày 28/9/2021 của Tỉnh ủy.', line: 1 }],
      null,
    );
    expect([...deadlines, ...dateMentions]).toEqual([]);
  });
});

describe('mdx', () => {
  test('the hand-made frontmatter format', () => {
    expect(frontmatterYaml({ a: 'x "y"', b: [], c: null, d: { e: 1, f: ['g'] }, h: [{ i: 'j', k: ['l'] }] })).toBe(
      '---\na: "x \\"y\\""\nb: []\nc: null\nd:\n  e: 1\n  f:\n    - "g"\nh:\n  - i: "j"\n    k:\n      - "l"\n---\n',
    );
  });
});

describe('convertToPlan', () => {
  const doc = [
    'TỈNH ỦY TRÀ VINH',
    '*',
    'Số 9-KH/TU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Trà Vinh, ngày 30 tháng 01 năm 2020',
    'KẾ HOẠCH',
    'thực hiện chuyên đề',
    '-----',
    'Ban Thường vụ Tỉnh ủy ban hành kế hoạch.',
    '',
    'Các chi bộ báo cáo về Ban Tuyên giáo Tỉnh ủy trước ngày 20/02/2020.',
    'Nơi nhận:',
    '- Lưu.',
    'T/M BAN THƯỜNG VỤ',
    'Nguyễn Văn A',
    '',
    'ĐỀ CƯƠNG',
    'báo cáo',
    '1- Nội dung',
    'Trang 3',
  ];
  test('every line is accounted for: the counts add up to the lines', () => {
    const draft = convertToPlan({ lines: doc, dropped: [] });
    const a = draft.report.accounting;
    expect(a.header + a.body + a.signature + a.recipients + a.form + a.blank + a.dropped).toBe(doc.length);
    expect(a).toMatchObject({
      total: 20,
      header: 8,
      body: 2,
      recipients: 2,
      signature: 2,
      blank: 2,
      form: 4,
      dropped: 0,
    });
    expect(draft.id).toBe('tra-vinh-9-kh-tu');
    expect(draft.frontmatter).toMatchObject({
      status: 'draft',
      province: 'Trà Vinh',
      issuer: 'Ban Thường vụ Tỉnh ủy',
      dateLine: 'Trà Vinh, ngày 30 tháng 01 năm 2020',
    });
    expect(draft.forms.map((f) => f.title)).toEqual(['ĐỀ CƯƠNG báo cáo']);
    expect(draft.deadlines[0]).toMatchObject({
      kind: 'day',
      date: '2020-02-19'.replace('19', '20'),
      who: ['Các chi bộ'],
      reportTo: 'Ban Tuyên giáo Tỉnh ủy',
    });
  });
  test('a line no part claims is dropped with the reason, and still counted', () => {
    const lines = [
      'Số 9-KH/TU',
      'KẾ HOẠCH',
      'tiêu đề',
      '',
      'Nội dung.',
      'T/M BAN THƯỜNG VỤ',
      'Nguyễn Văn A',
      'chữ lạc',
    ];
    const draft = convertToPlan(
      { lines, dropped: [{ line: 0, text: '- 2 -', reason: 'số trang' }] },
      { province: 'Trà Vinh' },
    );
    expect(draft.report.dropped.map((d) => d.text)).toEqual(['- 2 -', 'chữ lạc']);
    expect(draft.report.accounting.dropped).toBe(1);
    expect(
      Object.values(draft.report.accounting)
        .slice(1)
        .reduce((s, n) => s + n, 0),
    ).toBe(lines.length);
  });
  test('no province printed nor given, no number: a clear error', () => {
    expect(() => convertToPlan({ lines: ['Số 9-KH/TU', 'KẾ HOẠCH', 'tiêu đề', '', 'Nội dung.'], dropped: [] })).toThrow(
      ConversionError,
    );
    expect(() =>
      convertToPlan({ lines: ['KẾ HOẠCH', 'tiêu đề', '', 'Nội dung.'], dropped: [] }, { province: 'Trà Vinh' }),
    ).toThrow(/số ký hiệu/u);
  });
});

describe('plan schema: status', () => {
  test('published by default; a deadline without who or actors passes only in a draft', async () => {
    const { planSchema } = await import('../../../src/schemas/plan');
    const plan = {
      number: '1-KH/ĐUK',
      documentType: 'KẾ HOẠCH',
      title: 't',
      dateLine: null,
      undatedReason: 'r',
      issuer: 'i',
      province: 'p',
      provinceEvidence: 'e',
      signer: null,
      source: { file: 'a.txt', lastLine: 1 },
      period: null,
      periodReason: 'r',
      deadlines: [{ id: 'a', kind: 'ongoing', task: 't', who: [], actors: [], reportTo: null, quote: 'q', label: 'l' }],
    };
    const published = planSchema.safeParse(plan);
    expect(published.success).toBe(false);
    expect(published.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'deadlines.0.who',
      'deadlines.0.actors',
    ]);
    const draft = planSchema.safeParse({ ...plan, status: 'draft' });
    expect(draft.success).toBe(true);
    expect(planSchema.parse({ ...plan, deadlines: [] }).status).toBe('published');
  });
});
