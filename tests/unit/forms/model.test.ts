import { describe, expect, test } from 'vitest';
import { formDocumentSchema } from '../../../src/schemas/form';
import { comparableText, fieldProblems, formFields, formParagraphs } from '../../../src/lib/forms/model';
import { deadlinesForForm, formDeadlineSummary } from '../../../src/lib/forms/deadlines';
import { findFormProblems } from '../../../src/lib/forms/integrity';
import { formFilterOptions } from '../../../src/lib/forms/facets';
import { readForms } from '../../helpers/forms';

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
  test('lists every field once, in reading order, with empty table cells labelled by row and column', () => {
    expect(formFields(doc).map((field) => field.label)).toEqual([
      'Tên chi bộ',
      'Ngày',
      'Tháng',
      'Kết quả',
      'Dòng 1 — Cũ',
      'Họ tên',
    ]);
    expect(formFields(doc).find((field) => field.label === 'Kết quả')?.multiline).toBe(true);
  });

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
    expect(comparableText([' a ', 'b\n c'])).toBe('a b c');
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

  test('the real forms have no problems', () => {
    expect(findFormProblems(forms, new Set(forms.map((form) => form.data.plan)))).toEqual([]);
  });

  test('a form naming a missing plan, or quoting words it does not print, is reported with file and field', () => {
    const form = forms[0]!;
    const broken = { ...form, data: { ...form.data, editorialNotes: [{ quote: 'không có', note: 'x' }] } };
    expect(findFormProblems([broken], new Set())).toEqual([
      `${form.file}: plan refers to "${form.data.plan}", which is not a plan`,
      `${form.file}: editorialNotes[0].quote "không có" does not occur in the form`,
    ]);
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
    data: { deadlines: [{ form: 'mau-01', label: `hạn ${index}` }, { form: 'mau-01', label: `hạn ${index}b` }] },
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
