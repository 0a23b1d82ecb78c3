import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  asideKey,
  DRAFT_FORMAT,
  DRAFT_MAX_BYTES,
  DRAFT_VERSION,
  draftFileName,
  draftText,
  hasValues,
  parseSavedValues,
  readDraft,
  sameValues,
  storageKey,
} from '../../../src/lib/forms/draft';

describe('saved values', () => {
  test('nothing saved is no problem', () => {
    expect(parseSavedValues(null)).toEqual({ values: {}, problem: null });
  });

  test('what the page writes reads back whole', () => {
    const values = { 'Tên chi bộ': 'Chi bộ 1', Ngày: '', 'Nội dung': 'Dòng một\nDòng hai' };
    expect(parseSavedValues(JSON.stringify(values))).toEqual({ values, problem: null });
  });

  test.each(['{"Tên": "Chi bộ', '', 'undefined', '[1,2]', '["a"]', 'null', '42', '"chữ"', 'true'])(
    '%j is corrupt: nothing usable',
    (raw) => {
      expect(parseSavedValues(raw)).toEqual({ values: {}, problem: { kind: 'corrupt' } });
    },
  );

  test('an object with some values that are not text keeps its text values and names the others', () => {
    const raw = JSON.stringify({ Tên: 'Chi bộ 1', Số: 42, Ngày: null, Danh: ['a'], Khác: { a: 'b' }, Đúng: true });
    expect(parseSavedValues(raw)).toEqual({
      values: { Tên: 'Chi bộ 1' },
      problem: { kind: 'non-text', labels: ['Số', 'Ngày', 'Danh', 'Khác', 'Đúng'] },
    });
  });

  test('a label such as __proto__ stays an ordinary value', () => {
    const { values, problem } = parseSavedValues('{"__proto__": "x", "constructor": "y"}');
    expect(problem).toBeNull();
    expect(Object.keys(values)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(values, '__proto__')?.value).toBe('x');
  });

  test('unusable data is kept aside under a key of its own, next to the form key', () => {
    expect(storageKey('mau-01')).toBe('so-tay:bieu-mau:mau-01');
    expect(asideKey('mau-01', new Date(Date.UTC(2026, 10, 29, 18, 20)))).toBe(
      'so-tay:bieu-mau:mau-01:hong:2026-11-29T18:20:00.000Z',
    );
  });

  test('values are compared by their filled fields', () => {
    expect(hasValues({})).toBe(false);
    expect(hasValues({ a: '' })).toBe(false);
    expect(hasValues({ a: 'x' })).toBe(true);
    expect(sameValues({ a: 'x', b: '' }, { a: 'x' })).toBe(true);
    expect(sameValues({ a: 'x', b: 'y' }, { b: 'y', a: 'x' })).toBe(true);
    expect(sameValues({ a: 'x' }, { a: 'y' })).toBe(false);
  });
});

describe('draft files', () => {
  const values = { 'Tên chi bộ': 'Chi bộ 1', 'Nội dung': 'Dòng một\nDòng hai', Trống: '' };

  test('a draft is small JSON with the format, version, form id and name, and the filled values', () => {
    const text = draftText('mau-01', 'Mẫu 01', values);
    expect(JSON.parse(text)).toEqual({
      format: DRAFT_FORMAT,
      version: DRAFT_VERSION,
      form: 'mau-01',
      name: 'Mẫu 01',
      values: { 'Tên chi bộ': 'Chi bộ 1', 'Nội dung': 'Dòng một\nDòng hai' },
    });
    expect(draftFileName('mau-01')).toBe('mau-01-ban-nhap.json');
  });

  test('a draft of this form opens to its values', () => {
    expect(readDraft(draftText('mau-01', 'Mẫu 01', values), 'mau-01')).toEqual({
      ok: true,
      values: { 'Tên chi bộ': 'Chi bộ 1', 'Nội dung': 'Dòng một\nDòng hai' },
    });
  });

  test('a draft of another form is refused, naming that form', () => {
    expect(readDraft(draftText('mau-02', 'Mẫu 02', values), 'mau-01')).toEqual({
      ok: false,
      error: { kind: 'other-form', form: 'mau-02', name: 'Mẫu 02' },
    });
  });

  const draft = (fields: Record<string, unknown>) =>
    JSON.stringify({ format: DRAFT_FORMAT, version: 1, form: 'mau-01', name: 'Mẫu 01', values: {}, ...fields });

  test.each([
    ['not JSON', 'Tên chi bộ: Chi bộ 1', 'not-json'],
    ['a Word file read as text', 'PK\u0003\u0004\u0014\u0000', 'not-json'],
    ['JSON of something else', '{"name": "package", "version": "1.0.0"}', 'not-draft'],
    ['an array', '[]', 'not-draft'],
    ['the saved values themselves', JSON.stringify(values), 'not-draft'],
    ['a version that is not a whole number', draft({ version: '1' }), 'not-draft'],
    ['version 0', draft({ version: 0 }), 'not-draft'],
    ['a later version', draft({ version: DRAFT_VERSION + 1 }), 'newer-version'],
    ['no form id', draft({ form: undefined }), 'not-draft'],
    ['values that are not an object', draft({ values: ['a'] }), 'not-draft'],
    ['a value that is not text', draft({ values: { a: 'x', b: 1 } }), 'not-draft'],
  ])('%s is refused', (_, text, kind) => {
    expect(readDraft(text, 'mau-01')).toEqual({ ok: false, error: { kind } });
  });

  test('what the page saves as a draft it opens again: any labels, any text, 1 to 2 MB of it (empty fields left out)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    const mb = 1024 * 1024;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text)),
        fc.string(),
        fc.integer({ min: mb, max: 2 * mb }),
        (entries, name, size) => {
          // A long report typed in a text box: the 1.9 MB draft was refused.
          const values = { ...Object.fromEntries(entries), 'Nội dung dài': 'ệ'.repeat(size / 3) };
          const filled = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
          expect(readDraft(draftText('mau-01', name, values), 'mau-01')).toEqual({ ok: true, values: filled });
        },
      ),
      { numRuns: 25 },
    );
  });

  test('one limit for saving and opening: a draft of exactly the limit opens, a byte more does not', () => {
    const sized = (bytes: number) => {
      const frame = Buffer.byteLength(draftText('mau-01', 'Mẫu 01', { 'Nội dung': 'ệ' }));
      const text = draftText('mau-01', 'Mẫu 01', { 'Nội dung': `ệ${'x'.repeat(bytes - frame)}` });
      expect(Buffer.byteLength(text)).toBe(bytes);
      return text;
    };
    // A long report is well under it.
    expect(DRAFT_MAX_BYTES).toBeGreaterThanOrEqual(8 * 1024 * 1024);
    expect(readDraft(sized(DRAFT_MAX_BYTES), 'mau-01').ok).toBe(true);
    expect(readDraft(sized(DRAFT_MAX_BYTES + 1), 'mau-01')).toEqual({ ok: false, error: { kind: 'too-big' } });
  });

  test('a file over the size limit is refused before it is parsed, counting UTF-8 bytes', () => {
    const big = draft({ values: { a: 'x'.repeat(DRAFT_MAX_BYTES) } });
    expect(readDraft(big, 'mau-01')).toEqual({ ok: false, error: { kind: 'too-big' } });
    // Under the limit in UTF-16 units, over it in bytes: three bytes a letter.
    const wide = draft({ values: { a: 'ệ'.repeat(Math.ceil(DRAFT_MAX_BYTES / 3)) } });
    expect(wide.length).toBeLessThan(DRAFT_MAX_BYTES);
    expect(readDraft(wide, 'mau-01')).toEqual({ ok: false, error: { kind: 'too-big' } });
  });
});
