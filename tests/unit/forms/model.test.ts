import { describe, expect, test } from 'vitest';
import { formDocumentSchema } from '../../../src/schemas/form';
import { fieldProblems, formParagraphs } from '../../../src/lib/forms/model';
import { deadlinesForForm, formDeadlineSummary, formTitles } from '../../../src/lib/forms/deadlines';
import { findDeadlineFormProblems, findFormProblems } from '../../../src/lib/forms/integrity';
import { formFilterOptions } from '../../../src/lib/forms/facets';
import { readForms } from '../../helpers/forms';
import { readPlanSources } from '../../helpers/plans';
import { planSchema } from '../../../src/schemas/plan';

const doc = formDocumentSchema.parse({
  header: { left: ['CHI BỘ {{.....|Tên chi bộ}}'], party: 'ĐẢNG CỘNG SẢN VIỆT NAM', dateLine: 'ngày {{...|Ngày}}' },
  type: 'BÁO CÁO',
  title: ['kết quả tháng {{...|Tháng}}'],
  body: [
    { kind: 'heading', text: 'I- Kết quả', answer: 'Kết quả' },
    {
      kind: 'table',
      header: [[{ text: 'TT' }, { text: 'Ghi chú', colSpan: 2 }]],
      columns: ['TT', 'Cũ', 'Mới'],
      rows: [['1', null, 'x']],
    },
  ],
  signature: { roles: ['BÍ THƯ'], name: '{{|Họ tên}}' },
});

describe('form model', () => {
  test('prints the text as printed, then with values and answers written in', () => {
    expect(formParagraphs(doc)).toEqual([
      'CHI BỘ .....',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'ngày ...',
      'BÁO CÁO',
      'kết quả tháng ...',
      'I- Kết quả',
      'TT',
      'Ghi chú',
      '1',
      '',
      'x',
      'BÍ THƯ',
      '',
    ]);
    const filled = formParagraphs(doc, { Tháng: '5', 'Kết quả': 'dòng một\ndòng hai', 'Dòng 1 — Cũ': 'có' });
    expect(filled).toContain('kết quả tháng 5');
    expect(filled.slice(6, 8)).toEqual(['dòng một', 'dòng hai']);
    expect(filled).toContain('có');
  });

  test('finds tables whose rows do not match the columns', () => {
    const broken = formDocumentSchema.parse({
      type: 'X',
      title: ['y'],
      body: [{ kind: 'table', header: [[{ text: 'A' }]], columns: ['A', 'B'], rows: [['1']] }],
    });
    expect(fieldProblems(broken)).toEqual([
      'table header spans 1 columns, columns lists 2',
      'table row 1 has 1 cells, expected 2',
    ]);
  });
});

describe('form integrity', () => {
  const forms = readForms();
  const plans = readPlanSources().map((plan) => ({
    id: plan.id,
    filePath: plan.file,
    data: planSchema.parse(plan.frontmatter),
  }));

  test('the real forms, and the forms the real deadlines name, have no problems', () => {
    expect(findFormProblems(forms, plans)).toEqual([]);
    expect(findDeadlineFormProblems(plans, new Set(forms.map((form) => form.id)))).toEqual([]);
  });

  test('a form naming a missing plan, or quoting words it does not print, is reported with file and field', () => {
    const form = forms[0]!;
    const broken = { ...form, data: { ...form.data, editorialNotes: [{ quote: 'không có', note: 'x' }] } };
    expect(findFormProblems([broken], [])).toEqual([
      `${form.file}: plan refers to "${form.data.plan}", which is not a plan`,
      `${form.file}: editorialNotes[0].quote "không có" does not occur in the form`,
    ]);
  });

  test('a form must be one attachment of its plan, and no other form the same one', () => {
    const form = forms.find((entry) => entry.id === 'tra-vinh-43-kh-duk-mau-03')!;
    const past = { ...form, data: { ...form.data, attachment: 3 } };
    expect(findFormProblems([past], plans)).toEqual([
      `${form.file}: attachment 3 is not among the 3 attachments of tra-vinh-43-kh-duk (counted from 0)`,
    ]);
    const twice = { ...form, id: 'tra-vinh-43-kh-duk-mau-04', file: 'mau-04.mdx', filePath: 'mau-04.mdx' };
    expect(findFormProblems([form, twice], plans)).toEqual([
      'mau-04.mdx: attachment 2 of tra-vinh-43-kh-duk is already the form tra-vinh-43-kh-duk-mau-03',
    ]);
  });

  test('a deadline naming a form that is not in the collection is reported with plan file, deadline and form id', () => {
    const plan = {
      id: 'p',
      filePath: 'content/plans/p.mdx',
      data: {
        attachments: [],
        deadlines: [
          { id: 'khong-mau', form: null },
          { id: 'bao-cao', form: 'tra-vinh-43-kh-duk-mau-01' },
          { id: 'bao-cao-thang', form: 'khong-co-bieu-mau-nay' },
        ],
      },
    };
    expect(findDeadlineFormProblems([plan], new Set(['tra-vinh-43-kh-duk-mau-01']))).toEqual([
      'content/plans/p.mdx: deadlines[2].form "khong-co-bieu-mau-nay" (deadline "bao-cao-thang") is not a form of this site',
    ]);
  });
});

describe('formTitles', () => {
  test('a form is titled as its plan lists it among its attachments', () => {
    const forms = readForms();
    const plans = readPlanSources().map((plan) => ({ id: plan.id, data: planSchema.parse(plan.frontmatter) }));
    expect(Object.fromEntries(formTitles(forms, plans))).toEqual({
      'quang-nam-59-kh-duk-de-cuong-so-ket':
        'ĐỀ CƯƠNG Báo cáo sơ kết 04 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về “đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”',
      'tay-ninh-28-kh-duk-bao-cao-to-dang':
        'BÁO CÁO tổng hợp kết quả phân đấu, tu dưỡng, rèn luyện của đảng viên tháng .../2020 (mẫu dành cho Tổ đảng tham khảo, thực hiện)',
      'tra-vinh-43-kh-duk-mau-01':
        'Mẫu số 01 — KẾ HOẠCH thực hiện mô hình... trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      'tra-vinh-43-kh-duk-mau-02':
        'Mẫu số 02 — BẢNG TỔNG HỢP kết quả đăng ký xây dựng mô hình học tập và làm theo Bác năm...',
      'tra-vinh-43-kh-duk-mau-03':
        'Mẫu số 03 — BÁO CÁO kết quả thực hiện mô hình... trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    });
  });
});

describe('deadlinesForForm', () => {
  test('returns the deadlines that name the form, with their plan; plans without deadlines give none', () => {
    const plans = [
      { id: 'a', data: { deadlines: [{ form: 'mau-01', label: 'x' }, { form: 'mau-02' }, { label: 'no form' }] } },
      { id: 'b', data: {} },
      { id: 'c', data: { deadlines: [{ form: 'mau-01', label: 'y' }] } },
    ];
    expect(deadlinesForForm('mau-01', plans)).toEqual([
      { plan: 'a', deadline: { form: 'mau-01', label: 'x' } },
      { plan: 'c', deadline: { form: 'mau-01', label: 'y' } },
    ]);
    expect(deadlinesForForm('mau-03', plans)).toEqual([]);
  });
});

describe('formDeadlineSummary', () => {
  const plans = Array.from({ length: 9 }, (_, index) => ({
    id: `p${index}`,
    data: {
      deadlines: [
        { form: 'mau-01', label: `hạn ${index}` },
        { form: 'mau-01', label: `hạn ${index}b` },
      ],
    },
  }));

  test('lists every deadline of the own plan and a bounded number of the other plans using the form', () => {
    const summary = formDeadlineSummary<{ form?: unknown; label: string }>('mau-01', 'p3', plans, 5);
    expect(summary.own.map((item) => item.deadline.label)).toEqual(['hạn 3', 'hạn 3b']);
    expect(summary.others).toEqual(['p0', 'p1', 'p2', 'p4', 'p5']);
    expect(summary.moreOthers).toBe(3);
  });

  test('no other plans: nothing more to list', () => {
    expect(formDeadlineSummary('mau-01', 'p0', plans.slice(0, 1))).toEqual({
      own: [
        { plan: 'p0', deadline: { form: 'mau-01', label: 'hạn 0' } },
        { plan: 'p0', deadline: { form: 'mau-01', label: 'hạn 0b' } },
      ],
      others: [],
      moreOthers: 0,
    });
  });
});

describe('formFilterOptions', () => {
  test('counts forms by plan and by who files them', () => {
    const options = formFilterOptions([
      { plan: 'p1', planName: 'P1', filedBy: 'Chi bộ, đảng bộ cơ sở' },
      { plan: 'p1', planName: 'P1', filedBy: 'Đảng ủy cơ sở' },
      { plan: 'p2', planName: 'P2', filedBy: 'Chi bộ, đảng bộ cơ sở' },
    ]);
    expect(options.plans).toEqual([
      { value: 'p1', label: 'P1', count: 2 },
      { value: 'p2', label: 'P2', count: 1 },
    ]);
    expect(options.filedBy[0]).toEqual({ value: 'chi-bo-dang-bo-co-so', label: 'Chi bộ, đảng bộ cơ sở', count: 2 });
  });
});
