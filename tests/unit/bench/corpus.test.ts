import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readPlanFile, writeCorpus } from '../../../scripts/bench/corpus';
import { findPlanProblems } from '../../../src/lib/plans/integrity';
import { findDeadlineFormProblems } from '../../../src/lib/forms/integrity';
import { planSchema } from '../../../src/schemas/plan';
import { planToCheck } from '../../helpers/plan-to-check';
import { parse as parseYaml } from 'yaml';
import { provincesFileSchema } from '../../../src/schemas/province';
import { findProvinceProblems } from '../../../src/lib/provinces/history';
import { issuerKey } from '../../../src/lib/deadlines/actors';

const target = mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
afterAll(() => rmSync(target, { recursive: true, force: true }));

describe('synthetic benchmark corpus', () => {
  const plans = writeCorpus('content', target, 23);
  const files = readdirSync(path.join(target, 'plans')).sort();
  const entries = files.map((name) => {
    const plan = readPlanFile(name.replace(/\.mdx$/u, ''), readFileSync(path.join(target, 'plans', name), 'utf8'));
    return { id: plan.id, filePath: name, body: plan.body, data: planSchema.parse(plan.frontmatter) };
  });

  test('holds exactly the requested number of plans, the five real ones unchanged', () => {
    expect(files).toHaveLength(23);
    expect(plans).toHaveLength(23);
    for (const name of readdirSync('content/plans').filter((file) => file.endsWith('.mdx'))) {
      expect(readFileSync(path.join(target, 'plans', name), 'utf8')).toBe(
        readFileSync(path.join('content/plans', name), 'utf8'),
      );
    }
  });

  test('every copy passes the schema and the integrity checks the build runs', () => {
    expect(findPlanProblems(entries.map(planToCheck))).toEqual([]);
    const formIds = new Set(readdirSync(path.join(target, 'forms')).map((name) => name.replace(/\.mdx$/u, '')));
    expect(findDeadlineFormProblems(entries, formIds)).toEqual([]);
    const provinces = provincesFileSchema.parse(parseYaml(readFileSync(path.join(target, 'provinces.yaml'), 'utf8')));
    const located = entries.map(({ filePath, data }) => ({ file: filePath, province: data.province }));
    expect(findProvinceProblems(located, provinces, 'provinces.yaml')).toEqual([]);
  });

  test('copies are renumbered and varied, so no cache or index can fold them together', () => {
    const copies = entries.filter((entry) => entry.id.includes('-ban-sao-'));
    expect(copies).toHaveLength(18);
    expect(new Set(copies.map((entry) => entry.data.number.raw)).size).toBe(18);
    expect(new Set(entries.map((entry) => entry.body)).size).toBe(23);
    expect(new Set(copies.map((entry) => entry.data.province)).size).toBeGreaterThan(10);
  });

  test('a copy of a plan that implements another points at the copy made alongside it', () => {
    const ids = new Set(entries.map((entry) => entry.id));
    const implementing = entries.filter(
      (entry) => entry.id.includes('-ban-sao-') && entry.data.implementsPlans.length > 0,
    );
    expect(implementing.length).toBeGreaterThan(0);
    for (const entry of implementing) {
      for (const ref of entry.data.implementsPlans) {
        expect(ids.has(ref)).toBe(true);
        expect(ref.split('-ban-sao-')[1]).toBe(entry.id.split('-ban-sao-')[1]);
      }
    }
  });
});

describe('the corpus’s actors', () => {
  // 170 plans: copy 164, of Trà Vinh's 34-KH/ĐUK, lands in Tây Ninh, whose real ĐUK lists fewer actors.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-actors-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const plans = writeCorpus('content', dir, 170);
  const actors = parseYaml(readFileSync(path.join(dir, 'actors.yaml'), 'utf8')) as Record<
    string,
    Record<string, string>
  >;

  test('every deadline of every plan names actors its issuer lists, also a copy on a real issuer’s province', () => {
    expect(
      plans.some(
        (plan) => plan.id.startsWith('tra-vinh-34-kh-duk-ban-sao-') && plan.frontmatter.province === 'Tây Ninh',
      ),
    ).toBe(true);
    const missing = plans.flatMap((plan) => {
      const key = issuerKey(String(plan.frontmatter.province), String(plan.frontmatter.number).split('/').pop()!);
      const deadlines = (plan.frontmatter.deadlines as { actors?: string[] }[] | undefined) ?? [];
      return deadlines.flatMap((deadline) =>
        (deadline.actors ?? [])
          .filter((actor) => !(actor in (actors[key] ?? {})))
          .map((actor) => `${plan.id}: ${actor}`),
      );
    });
    expect(missing).toEqual([]);
  });
});
