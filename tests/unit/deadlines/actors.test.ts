import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { actorValue, findActorProblems, issuerKey } from '../../../src/lib/deadlines/actors';
import { actorsSchema } from '../../../src/schemas/actor';
import { readPlanSources } from '../../helpers/plans';

describe('actors', () => {
  test("an issuer's key is its province and code, slugged; an actor's value adds its id", () => {
    expect(issuerKey('Trà Vinh', 'ĐUK')).toBe('tra-vinh-duk');
    expect(issuerKey('Quảng Nam', 'TU')).toBe('quang-nam-tu');
    expect(actorValue('tra-vinh-duk', 'co-so')).toBe('tra-vinh-duk.co-so');
  });

  test('an unknown actor id, or an issuer without a list, names file and field', () => {
    const actors = { 'tra-vinh-duk': { 'co-so': 'Chi bộ, đảng bộ cơ sở' } };
    const plan = (province: string, ids: string[][]) => ({
      file: 'content/plans/p.mdx',
      province,
      issuerCode: 'ĐUK',
      deadlines: ids.map((list) => ({ actors: list })),
    });
    expect(
      findActorProblems([plan('Trà Vinh', [['co-so'], ['co-so', 'khong-co']])], actors, 'content/actors.yaml'),
    ).toEqual([
      'content/plans/p.mdx: deadlines[1].actors[1] "khong-co" is not an actor of tra-vinh-duk in content/actors.yaml',
    ]);
    expect(findActorProblems([plan('Tây Ninh', [['co-so']])], actors, 'content/actors.yaml')).toEqual([
      'content/plans/p.mdx: deadlines[0].actors[0] "co-so" is not an actor of tay-ninh-duk in content/actors.yaml',
    ]);
    // An id inherited from Object.prototype is not an actor.
    expect(findActorProblems([plan('Trà Vinh', [['constructor']])], actors, 'a.yaml')).toHaveLength(1);
  });

  test("the real plans: every deadline's actors are in the list, and the many spellings become fewer bodies", () => {
    const actors = actorsSchema.parse(parseYaml(readFileSync('content/actors.yaml', 'utf8')));
    const plans = readPlanSources();
    const problems = findActorProblems(
      plans.map((plan) => ({
        file: plan.file,
        province: plan.frontmatter.province as string,
        issuerCode: (plan.frontmatter.number as string).split('/')[1]!,
        deadlines: plan.frontmatter.deadlines as { actors: string[] }[],
      })),
      actors,
      'content/actors.yaml',
    );
    expect(problems).toEqual([]);
    const deadlines = plans.flatMap((plan) =>
      (plan.frontmatter.deadlines as { who: string[]; actors: string[] }[]).map((deadline) => ({ plan, deadline })),
    );
    const spellings = new Set(deadlines.flatMap(({ deadline }) => deadline.who));
    const bodies = new Set(
      deadlines.flatMap(({ plan, deadline }) =>
        deadline.actors.map((id) =>
          actorValue(issuerKey(plan.frontmatter.province, (plan.frontmatter.number as string).split('/')[1]!), id),
        ),
      ),
    );
    expect(spellings.size).toBe(23);
    expect(bodies.size).toBe(17);
  });
});
