import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Values } from '../../../src/lib/forms/draft';
import { changedLabels, mergeValues, valueOf } from '../../../src/lib/forms/merge';

/** Labels as forms have them, and two that are Object.prototype's own names. */
const LABELS = ['Ngày', 'Tháng', 'Tên chi bộ (hoặc đảng ủy)', 'I- Đặc điểm tình hình', '__proto__', 'constructor'];

/** A field's value, or none (undefined): few distinct texts, so the sides often agree. */
const value = fc.option(fc.constantFrom('', '05', '12', 'Chi bộ 1', 'Dòng một\nDòng hai'), { nil: undefined });

const valuesFrom = (entries: [string, string | undefined][]): Values =>
  Object.fromEntries(entries.filter((entry): entry is [string, string] => entry[1] !== undefined));

/** A base and two edits of it: per label, each side keeps the base's value or has one of its own. */
const edits = fc
  .array(fc.tuple(value, fc.option(value, { nil: null }), fc.option(value, { nil: null })), {
    minLength: LABELS.length,
    maxLength: LABELS.length,
  })
  .map((rows) => {
    const column = (pick: (row: (typeof rows)[number]) => string | undefined) =>
      valuesFrom(rows.map((row, index) => [LABELS[index]!, pick(row)]));
    return {
      base: column(([base]) => base),
      ours: column(([base, ours]) => (ours === null ? base : ours)),
      theirs: column(([base, , theirs]) => (theirs === null ? base : theirs)),
    };
  });

const winner = fc.constantFrom('ours' as const, 'theirs' as const);

describe('merging two tabs’ edits of a form, field by field', () => {
  test('a field only one side changed has that side’s value, whoever wins conflicts', () => {
    fc.assert(
      fc.property(edits, winner, ({ base, ours, theirs }, side) => {
        const { values } = mergeValues(base, ours, theirs, side);
        for (const label of LABELS) {
          const [b, o, t] = [valueOf(base, label), valueOf(ours, label), valueOf(theirs, label)];
          if (o !== b && t === b) expect(valueOf(values, label)).toBe(o);
          if (t !== b && o === b) expect(valueOf(values, label)).toBe(t);
          if (o === b && t === b) expect(valueOf(values, label)).toBe(b);
        }
      }),
    );
  });

  test('a field both sides changed to different values is a conflict, and the winner’s value stays', () => {
    fc.assert(
      fc.property(edits, winner, ({ base, ours, theirs }, side) => {
        const { values, conflicts } = mergeValues(base, ours, theirs, side);
        const expected = LABELS.filter((label) => {
          const [b, o, t] = [valueOf(base, label), valueOf(ours, label), valueOf(theirs, label)];
          return o !== b && t !== b && o !== t;
        });
        expect([...conflicts].sort()).toEqual([...expected].sort());
        for (const label of conflicts)
          expect(valueOf(values, label)).toBe(valueOf(side === 'ours' ? ours : theirs, label));
      }),
    );
  });

  test('the merge is the same with the sides swapped; merging with an unchanged side is the other side', () => {
    fc.assert(
      fc.property(edits, ({ base, ours, theirs }) => {
        expect(mergeValues(base, ours, theirs, 'ours').values).toEqual(
          mergeValues(base, theirs, ours, 'theirs').values,
        );
        expect(changedLabels(mergeValues(base, base, theirs, 'ours').values, theirs)).toEqual([]);
        expect(changedLabels(mergeValues(base, ours, base, 'theirs').values, ours)).toEqual([]);
      }),
    );
  });

  test('labels such as __proto__ stay ordinary fields', () => {
    const { values } = mergeValues({}, valuesFrom([['__proto__', 'x']]), { constructor: 'y' }, 'ours');
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.keys(values).sort()).toEqual(['__proto__', 'constructor']);
    expect(valueOf(values, '__proto__')).toBe('x');
  });

  test('the issue’s case: B’s stale picture does not undo A’s "Ngày"; an emptied field spreads', () => {
    // B read {} before A saved {Ngày}; B typed Tháng.
    expect(mergeValues({}, { Tháng: '12' }, { Ngày: '05' }, 'ours')).toEqual({
      values: { Ngày: '05', Tháng: '12' },
      conflicts: [],
    });
    expect(mergeValues({ Ngày: '05', Tháng: '12' }, { Tháng: '12' }, { Ngày: '05', Tháng: '12' }, 'ours')).toEqual({
      values: { Tháng: '12' },
      conflicts: [],
    });
    expect(mergeValues({ Ngày: '05' }, { Ngày: '09' }, { Ngày: '07' }, 'theirs')).toEqual({
      values: { Ngày: '07' },
      conflicts: ['Ngày'],
    });
  });

  test('changed labels: absent and empty are different values', () => {
    expect(changedLabels({ a: '', b: 'x' }, { b: 'x', c: 'y' })).toEqual(['a', 'c']);
    expect(changedLabels({ a: '' }, {})).toEqual(['a']);
  });
});
