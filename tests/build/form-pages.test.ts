import { statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { formatBytes } from '../../src/lib/text/bytes';
import { dist, readDist, requireBuilt } from '../helpers/dist';
import { readForms } from '../helpers/forms';
import { readPlanSources } from '../helpers/plans';

const forms = readForms();
const page = (relative: string) => parse(readDist(requireBuilt(dist), relative));

describe.each(forms)('guide page of $id', ({ id, data }) => {
  const guide = () => page(`bieu-mau/${id}/index.html`);

  test('links to the plan paragraph that requires the form, and that paragraph exists', () => {
    const link = guide().querySelector('[data-plan-anchor]')!;
    expect(link.getAttribute('href')).toBe(`/ke-hoach/${data.plan}/#${data.planAnchor}`);
    const plan = page(`ke-hoach/${data.plan}/index.html`);
    const paragraph = plan.getElementById(data.planAnchor);
    expect(paragraph?.tagName).toBe('P');
  });

  test('the plan page links back to the form', () => {
    const links = page(`ke-hoach/${data.plan}/index.html`).querySelectorAll('[data-plan-forms] a');
    expect(links.map((a) => a.getAttribute('href'))).toContain(`/bieu-mau/${id}/`);
  });

  test('is indexed as a "Biểu mẫu" with its correctly spelled aliases', () => {
    const html = guide();
    expect(html.querySelectorAll('[data-pagefind-body]')).toHaveLength(1);
    expect(html.querySelector('meta[data-pagefind-filter="loai[content]"]')?.getAttribute('content')).toBe('Biểu mẫu');
    const aliases = html.querySelector('meta[data-pagefind-meta="aliases[content]"]')?.getAttribute('content') ?? '';
    for (const alias of data.searchAliases) expect(aliases).toContain(alias);
  });

  test('the download link names the file type and its real size', () => {
    const link = guide().querySelector('[data-docx-link]')!;
    expect(link.getAttribute('href')).toBe(`/bieu-mau/${id}.docx`);
    const bytes = statSync(path.join(dist, 'bieu-mau', `${id}.docx`)).size;
    expect(link.text).toContain('.docx');
    expect(link.text).toContain(formatBytes(bytes));
  });

  test('the guide links the original: its .docx with its real size and its page, which shows it verbatim', () => {
    const html = guide();
    const link = html.querySelector('[data-docx-original-link]')!;
    expect(link.getAttribute('href')).toBe(`/bieu-mau/${id}-ban-goc.docx`);
    expect(link.text).toContain(formatBytes(statSync(path.join(dist, 'bieu-mau', `${id}-ban-goc.docx`)).size));
    expect(html.querySelector('[data-original-link]')?.getAttribute('href')).toBe(`/bieu-mau/${id}/ban-goc/`);
    const original = page(`bieu-mau/${id}/ban-goc/index.html`);
    const shown = original.querySelector('[data-form-document]')!.text.replace(/\s+/gu, ' ');
    expect(shown).toContain(data.document.type);
    if (data.document.header) expect(shown).toContain(data.document.header.party);
    expect(original.querySelector('[data-docx-original-link]')?.getAttribute('href')).toBe(
      `/bieu-mau/${id}-ban-goc.docx`,
    );
  });

  test('the guide lists every declared edit under "Khác với bản gốc", or says the two versions are the same', () => {
    const versions = guide().querySelector('[data-form-versions]')!;
    const listed = versions.querySelectorAll('[data-form-difference]').map((li) => li.text);
    expect(listed).toHaveLength(data.edits.length);
    data.edits.forEach((edit, index) => {
      expect(listed[index]).toContain(`“${edit.find}”`);
      expect(listed[index]).toContain(edit.why);
    });
    expect(versions.text).toContain(data.edits.length > 0 ? 'Khác với bản gốc:' : 'giống hệt bản gốc');
  });

  test('the fill-in page has a labelled field for every blank and answer, and ships the form as JSON', () => {
    const fill = page(`bieu-mau/${id}/dien/index.html`);
    const fields = fill.querySelectorAll('[data-field]');
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) expect(field.getAttribute('aria-label')).toBe(field.getAttribute('data-field'));
    const payload = JSON.parse(fill.getElementById('form-data')!.text) as { id: string };
    expect(payload.id).toBe(id);
  });
});

test('the forms index lists every form with its plan and who files it', () => {
  const index = page('bieu-mau/index.html');
  const items = index.querySelectorAll('[data-form-list] > li');
  expect(items.map((item) => item.querySelector('h2 a')?.getAttribute('href')).sort()).toEqual(
    forms.map((form) => `/bieu-mau/${form.id}/`).sort(),
  );
  for (const form of forms) {
    const item = items.find((li) => li.querySelector('h2 a')?.getAttribute('href') === `/bieu-mau/${form.id}/`)!;
    expect(item.getAttribute('data-plan')).toBe(form.data.plan);
    expect(item.text).toContain(form.data.filedBy);
  }
});

test('each guide lists the deadlines of its own plan whose `form` names it', () => {
  const plans = readPlanSources();
  for (const { id, data } of forms) {
    const expected = plans
      .filter((plan) => plan.id === data.plan)
      .flatMap((plan) =>
        ((plan.frontmatter.deadlines ?? []) as { form?: string; label: string }[]).filter((d) => d.form === id),
      );
    const shown = page(`bieu-mau/${id}/index.html`).querySelectorAll('[data-form-deadline]');
    expect(shown.map((dd) => dd.querySelector('strong')?.text)).toEqual(expected.map((d) => d.label));
  }
  // The timeline names forms of 43-KH/ĐUK: the check above is not vacuous.
  expect(plans.some((plan) => (plan.frontmatter.deadlines ?? []).some((d: { form?: string }) => d.form))).toBe(true);
});
