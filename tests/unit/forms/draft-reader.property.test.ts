import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  DRAFT_FORMAT,
  DRAFT_VERSION,
  draftText,
  parseSavedValues,
  readDraft,
  type DraftResult,
  type Values,
} from '../../../src/lib/forms/draft';
import { anyString, HUGE_TIMEOUT, hugeRuns, hugeString, PROTOTYPE_KEYS, slot } from '../../helpers/arbitraries';

/**
 * The form fill-in page reads two kinds of outside text: the values it saved in the
 * browser's storage (which anything may have changed) and draft files a cadre opens. Only
 * the parsing contract of readDraft and parseSavedValues is checked here (the saving and
 * merging around them live in src/client/form-fill.ts): never an exception, a result of the
 * declared shape, and what the page writes reads back as written.
 */

const ERROR_KINDS = ['too-big', 'not-json', 'not-draft', 'newer-version', 'other-form'];

/** A result of readDraft's declared type: text values, or one of its errors. */
function expectDraftResult(result: DraftResult): void {
  if (result.ok) {
    expect(Object.keys(result)).toEqual(['ok', 'values']);
    for (const value of Object.values(result.values)) expect(typeof value).toBe('string');
    return;
  }
  expect(ERROR_KINDS).toContain(result.error.kind);
  if (result.error.kind === 'other-form') {
    expect(typeof result.error.form).toBe('string');
    expect(typeof result.error.name).toBe('string');
  }
}

const label = fc.oneof(anyString, fc.constantFrom(...PROTOTYPE_KEYS, 'Tên chi bộ', 'Ngày', ''));
/** Values as the page keeps them, labels such as "__proto__" included, built as own properties. */
const values: fc.Arbitrary<Values> = fc
  .array(fc.tuple(label, anyString), { maxLength: 8 })
  .map((entries) => Object.fromEntries(entries));
const formId = fc.oneof(fc.constantFrom('tra-vinh-43-kh-duk-mau-01', 'mau-02', ''), anyString);
const anyJson = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
);
/** Objects shaped like a draft with each field right or wrong. */
const draftLike = fc
  .record({
    format: slot(fc.constant(DRAFT_FORMAT), fc.jsonValue({ maxDepth: 2 })),
    version: slot(
      fc.constant(DRAFT_VERSION),
      fc.oneof(fc.constantFrom(DRAFT_VERSION + 1, 0, -1, 1.5, Number.MAX_SAFE_INTEGER), fc.jsonValue({ maxDepth: 2 })),
    ),
    form: slot(fc.constant('mau-01'), fc.jsonValue({ maxDepth: 2 })),
    name: fc.oneof(anyString, fc.jsonValue({ maxDepth: 2 })),
    values: slot(
      values,
      fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }))),
    ),
  })
  .map((draft) => JSON.stringify(draft));
/** The entries of values with text in them, as a draft keeps them; compared entry by entry. */
const filled = (all: Values) => Object.entries(all).filter(([, value]) => value !== '');

describe('readDraft, by property', () => {
  test('any text, any form id: a result of the declared shape, never an exception (3,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, anyJson, draftLike), formId, (text, form) => {
        expectDraftResult(readDraft(text, form));
      }),
      { numRuns: 3000 },
    );
  });

  test('draft-shaped JSON opens only with the format, a version read, the form’s id and text values (2,000 runs)', () => {
    fc.assert(
      fc.property(draftLike, (text) => {
        const result = readDraft(text, 'mau-01');
        expectDraftResult(result);
        const draft = JSON.parse(text) as Record<string, unknown>;
        const usable =
          draft.format === DRAFT_FORMAT &&
          Number.isInteger(draft.version) &&
          (draft.version as number) >= 1 &&
          (draft.version as number) <= DRAFT_VERSION &&
          draft.form === 'mau-01' &&
          typeof draft.values === 'object' &&
          draft.values !== null &&
          !Array.isArray(draft.values) &&
          Object.values(draft.values).every((value) => typeof value === 'string');
        expect(result.ok).toBe(usable);
      }),
      { numRuns: 2000 },
    );
  });

  test('readDraft(draftText(values)) gives the filled values back, labels of any kind (2,000 runs)', () => {
    fc.assert(
      fc.property(formId, anyString, values, (form, name, written) => {
        const result = readDraft(draftText(form, name, written), form);
        expect(result.ok).toBe(true);
        if (result.ok) expect(Object.entries(result.values)).toEqual(filled(written));
      }),
      { numRuns: 2000 },
    );
  });

  test('a draft of another form names that form, never opens (1,000 runs)', () => {
    fc.assert(
      fc.property(formId, formId, anyString, values, (form, other, name, written) => {
        fc.pre(form !== other);
        expect(readDraft(draftText(other, name, written), form)).toEqual({
          ok: false,
          error: { kind: 'other-form', form: other, name },
        });
      }),
      { numRuns: 1000 },
    );
  });

  test('100,000-character files are turned down or read in linear time (10 runs)', { timeout: HUGE_TIMEOUT }, () => {
    const pieces = ['[', '{', '"', '"a":', '1', ',', '{"format":', ' ', '\\', '\\u00', 'đ'];
    fc.assert(
      fc.property(hugeString(pieces), (text) => {
        const result = readDraft(text, 'mau-01');
        expectDraftResult(result);
        expect(result.ok).toBe(false);
      }),
      hugeRuns(10),
    );
  });
});

describe('parseSavedValues, by property', () => {
  test('any stored text: text values and a problem of the declared kinds, never an exception (3,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, anyJson, draftLike, fc.constant(null)), (raw) => {
        const { values: read, problem } = parseSavedValues(raw);
        for (const value of Object.values(read)) expect(typeof value).toBe('string');
        if (problem) expect(['corrupt', 'non-text']).toContain(problem.kind);
        if (problem?.kind === 'non-text') expect(problem.labels.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  test('what the page stores reads back whole, with no problem (2,000 runs)', () => {
    fc.assert(
      fc.property(values, (stored) => {
        const read = parseSavedValues(JSON.stringify(stored));
        expect(read.problem).toBeNull();
        expect(Object.entries(read.values)).toEqual(Object.entries(stored));
      }),
      { numRuns: 2000 },
    );
  });

  test('100,000-character stored texts are read in linear time (10 runs)', { timeout: HUGE_TIMEOUT }, () => {
    fc.assert(
      fc.property(hugeString(['[', '{"a":', '"', 'x', ',', '\\', '{']), (raw) => {
        expect(parseSavedValues(raw).problem).not.toBeNull();
      }),
      hugeRuns(10),
    );
  });
});
