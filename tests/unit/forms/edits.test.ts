import { describe, expect, test } from 'vitest';
import { formDocumentSchema, type FormEdit } from '../../../src/schemas/form';
import { applyEdits, fillableDocument, misprintProblems, yearFieldLabels } from '../../../src/lib/forms/edits';
import { formParagraphs } from '../../../src/lib/forms/model';
import { findFormProblems } from '../../../src/lib/forms/integrity';
import { readForms } from '../../helpers/forms';

const doc = formDocumentSchema.parse({
  header: {
    party: 'ĐẢNG CÔNG SẢN VIỆT NAM',
    dateLine: 'Tây Ninh, ngày {{.....|Ngày}} tháng {{...|Tháng}} năm 2020',
  },
  type: 'BÁO CÁO',
  title: ['kết quả phân đấu tháng {{...|Tháng báo cáo}}/2020'],
  body: [
    { kind: 'paragraph', text: 'Trong tháng {{...|Tháng báo cáo}}/2020, *việc phân đấu* tốt.' },
    {
      kind: 'table',
      header: [[{ text: 'TT' }, { text: 'Năm 2020' }]],
      columns: ['TT', 'Năm'],
      rows: [['1', null]],
    },
  ],
  signature: { roles: ['BÍ THƯ'], name: '{{|Họ tên}}' },
});

const edit = (kind: FormEdit['kind'], find: string, replace: string, count: number): FormEdit => ({
  kind,
  find,
  replace,
  count,
  why: 'Lý do.',
});

describe('applyEdits', () => {
  test('corrects misprints everywhere they occur, plain text and form text alike, keeping italics', () => {
    const result = applyEdits(doc, [
      edit('misprint', 'ĐẢNG CÔNG SẢN', 'ĐẢNG CỘNG SẢN', 1),
      edit('misprint', 'phân đấu', 'phấn đấu', 2),
    ]);
    expect(result.problems).toEqual([]);
    const text = formParagraphs(result.document).join('\n');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).not.toContain('phân đấu');
    expect(text).toContain('Trong tháng .../2020, việc phấn đấu tốt.');
    const body = result.document.body[0]!;
    expect(body.kind !== 'table' && body.text.find((s) => s.kind === 'text' && s.text.includes('phấn'))?.italic).toBe(
      true,
    );
  });

  test('turns a fixed year into a blank: a field of the fillable copy, printed as dots', () => {
    const result = applyEdits(doc, [
      edit('year', 'năm 2020', 'năm {{.....|Năm lập}}', 1),
      edit('year', '}}/2020', '/{{.....|Năm báo cáo}}', 1),
    ]);
    // `find` is matched in the text as printed, never in the mark-up around a blank.
    expect(result.problems).toEqual([
      'edits[1].find "}}/2020" occurs 0 time(s) in the form as printed, but count declares 1',
    ]);
    const years = applyEdits(doc, [
      edit('year', 'năm 2020', 'năm {{.....|Năm lập}}', 1),
      edit('year', '/2020', '/{{.....|Năm báo cáo}}', 2),
    ]);
    expect(years.problems).toEqual([]);
    const text = formParagraphs(years.document);
    expect(text).toContain('Tây Ninh, ngày ..... tháng ... năm .....');
    expect(text).toContain('kết quả phân đấu tháng .../.....');
    expect(formParagraphs(years.document, { 'Năm báo cáo': '2026', 'Năm lập': '2027' })).toContain(
      'Tây Ninh, ngày ..... tháng ... năm 2027',
    );
    // Blanks sharing a label share one value: both years of the report take "Năm báo cáo".
    expect(formParagraphs(years.document, { 'Năm báo cáo': '2026' }).join('\n')).toMatch(
      /kết quả phân đấu tháng \.\.\.\/2026[\s\S]*Trong tháng \.\.\.\/2026/u,
    );
    // The original is untouched.
    expect(formParagraphs(doc).join('\n')).toContain('năm 2020');
  });

  test('reports an edit whose find occurs more or fewer times than declared, and does not apply it', () => {
    const result = applyEdits(doc, [edit('misprint', 'phân đấu', 'phấn đấu', 3), edit('misprint', 'xyz', 'abc', 1)]);
    expect(result.problems).toEqual([
      'edits[0].find "phân đấu" occurs 2 time(s) in the form as printed, but count declares 3',
      'edits[1].find "xyz" occurs 0 time(s) in the form as printed, but count declares 1',
    ]);
    expect(result.document).toEqual(doc);
  });

  test('refuses a year edit without a blank, a misprint edit with one, and a blank where the form holds none', () => {
    expect(applyEdits(doc, [edit('year', 'năm 2020', 'năm 2026', 1)]).problems[0]).toMatch(
      /^edits\[0\]\.replace "năm 2026" must turn the year into a blank/u,
    );
    expect(applyEdits(doc, [edit('misprint', 'phân đấu', '{{...|X}}', 2)]).problems[0]).toMatch(
      /^edits\[0\]\.replace .* may not hold a blank/u,
    );
    expect(applyEdits(doc, [edit('year', 'Năm 2020', 'Năm {{...|Năm}}', 1)]).problems).toEqual([
      'edits[0].find "Năm 2020" occurs where the form holds no blank (motto, type, table header)',
    ]);
    expect(applyEdits(doc, [edit('year', '2020', '{{...|Năm', 4)]).problems[0]).toMatch(/^edits\[0\]\.replace: /u);
  });
});

describe('misprintProblems', () => {
  const notes = [{ quote: 'phân đấu', note: 'Bản nguồn in “phân đấu”; đúng chính tả là “phấn đấu”.' }];

  test('accepts a correction an editorial note gives, refuses one it does not', () => {
    expect(misprintProblems([edit('misprint', 'phân đấu', 'phấn đấu', 2)], notes)).toEqual([]);
    expect(misprintProblems([edit('misprint', 'phân đấu', 'phần đấu', 2)], notes)).toHaveLength(1);
    expect(misprintProblems([edit('misprint', 'tháng', 'Tháng', 2)], notes)[0]).toContain(
      'edits[0] corrects "tháng" to "Tháng", which no editorial note of the form says',
    );
    // Year edits need no note.
    expect(misprintProblems([edit('year', '/2020', '/{{...|Năm}}', 2)], notes)).toEqual([]);
  });
});

test('yearFieldLabels lists the blanks year edits add, once each', () => {
  expect(
    yearFieldLabels([
      edit('misprint', 'a', 'b', 1),
      edit('year', 'năm 2020', 'năm {{.....|Năm lập}}', 1),
      edit('year', '/2020', '/{{.....|Năm báo cáo}}', 2),
      edit('year', '/2021', '/{{.....|Năm báo cáo}}', 1),
    ]),
  ).toEqual(['Năm lập', 'Năm báo cáo']);
});

describe('the real forms', () => {
  const forms = readForms();

  test('every declared edit matches its form as declared, and every misprint follows a note', () => {
    for (const { data } of forms) {
      expect(applyEdits(data.document, data.edits).problems).toEqual([]);
      expect(misprintProblems(data.edits, data.editorialNotes)).toEqual([]);
    }
  });

  test('the Tây Ninh report: its fillable copy holds no fixed 2020 and no declared misprint, its original does', () => {
    const form = forms.find((entry) => entry.id === 'tay-ninh-28-kh-duk-bao-cao-to-dang')!;
    const original = formParagraphs(form.data.document).join('\n');
    const fillable = formParagraphs(fillableDocument(form.data)).join('\n');
    expect(original).toContain('2020');
    expect(fillable).not.toContain('2020');
    for (const misprint of form.data.edits.filter((e) => e.kind === 'misprint')) {
      expect(original).toContain(misprint.find);
      expect(fillable).not.toContain(misprint.find);
      expect(fillable).toContain(misprint.replace);
    }
    expect(yearFieldLabels(form.data.edits)).toEqual(['Năm lập báo cáo', 'Năm báo cáo']);
  });

  test('a form with an edit that does not match fails the checks, naming the file and the field', () => {
    const form = forms.find((entry) => entry.id === 'tay-ninh-28-kh-duk-bao-cao-to-dang')!;
    const edits = form.data.edits.map((e, index) => (index === 1 ? { ...e, count: 2 } : e));
    const problems = findFormProblems([{ ...form, data: { ...form.data, edits } }], []);
    expect(problems).toContain(
      `${form.filePath}: edits[1].find "phân đấu" occurs 3 time(s) in the form as printed, but count declares 2`,
    );
  });

  test('no form id may end in "-ban-goc", the suffix of the originals\' .docx', () => {
    const form = forms[0]!;
    expect(findFormProblems([{ ...form, id: 'mau-ban-goc', filePath: 'mau-ban-goc.mdx' }], [])).toContain(
      'mau-ban-goc.mdx: a form id may not end in "-ban-goc" (the originals\' .docx)',
    );
  });
});
