import { describe, expect, test } from 'vitest';
import {
  PLAN_STATUS_DATA,
  periodYears,
  planStatus,
  planStatusAttributes,
  readPeriodFacts,
} from '../../../src/lib/deadlines/plan-period';

describe('whether a plan is in force', () => {
  const period = { period: { from: 2021, until: 2025 }, lastDue: '2025-12-31' };

  test('a plan with a period: by the year of today', () => {
    expect(planStatus(period, '2020-12-31')).toBe('upcoming');
    expect(planStatus(period, '2021-01-01')).toBe('active');
    expect(planStatus(period, '2021-11-01')).toBe('active');
    expect(planStatus(period, '2025-12-31')).toBe('active');
    expect(planStatus(period, '2026-01-01')).toBe('ended');
    expect(planStatus(period, '2026-11-29')).toBe('ended');
  });

  test('a plan that prints no period: by its last deadline; nothing to say without one', () => {
    const facts = { period: null, lastDue: '2020-05-04' };
    expect(planStatus(facts, '2020-05-04')).toBe('active');
    expect(planStatus(facts, '2020-05-05')).toBe('ended');
    expect(planStatus({ period: null, lastDue: null }, '2026-11-29')).toBeNull();
  });

  test('years as labels show them', () => {
    expect(periodYears({ from: 2021, until: 2025 })).toBe('2021–2025');
    expect(periodYears({ from: 2020, until: 2020 })).toBe('2020');
  });

  test('the attributes carry the facts and a label per status, and read back the same facts', () => {
    const labels = { active: 'đang', ended: 'hết', upcoming: 'chưa' };
    for (const facts of [period, { period: null, lastDue: '2020-05-04' }, { period: null, lastDue: null }]) {
      const attributes = planStatusAttributes(facts, labels);
      expect(attributes[PLAN_STATUS_DATA.status]).toBe('');
      expect(attributes[`${PLAN_STATUS_DATA.label}ended`]).toBe('hết');
      const read = readPeriodFacts((name) => attributes[name] ?? '');
      expect(read).toEqual(facts.period ? { period: facts.period, lastDue: facts.lastDue } : facts);
    }
  });
});
