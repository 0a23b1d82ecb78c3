import type { PlanToCheck } from '../../src/lib/plans/integrity';
import { renderPlanBody } from '../../src/markdown/plan-body';
import type { Plan } from '../../src/schemas/plan';

const options = {
  base: '/',
  plans: [],
  footnoteLabel: 'Chú thích',
  footnoteBackLabel: 'Quay lại chỗ dẫn chú thích {n}',
};

/** A plan as the integrity checks receive it: its body parsed the way the build parses it. */
export function planToCheck(plan: { id: string; filePath: string; data: Plan; body: string }): PlanToCheck {
  const { blocks, text } = renderPlanBody(plan.body, { file: plan.filePath, province: plan.data.province }, options);
  return { id: plan.id, filePath: plan.filePath, data: plan.data, blocks, text };
}
