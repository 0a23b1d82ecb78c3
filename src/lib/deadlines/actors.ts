// With its extension: the benchmark's corpus generator imports this file under plain Node.
import { slugify } from '../text/slug.ts';

/**
 * Who does a deadline's work, as one body rather than one spelling: the plans of one issuer
 * name the same bodies in many wordings ("Cấp ủy cơ sở", "Cấp ủy các chi bộ, đảng bộ cơ
 * sở"…), so each deadline names actor ids of its issuer's list (content/actors.yaml) and
 * keeps the printed wording for display.
 */

/** The key of an issuer's actor list: its province and code, slugged ("Trà Vinh", "ĐUK" → "tra-vinh-duk"). */
export const issuerKey = (province: string, issuerCode: string): string => slugify(`${province} ${issuerCode}`);

/** The value one actor of one issuer has in the timeline's filter and its items' data-*. */
export const actorValue = (issuer: string, actor: string): string => `${issuer}.${actor}`;

/** What the check reads of a plan. */
export interface PlanActors {
  file: string;
  province: string;
  issuerCode: string;
  deadlines: readonly { actors: readonly string[] }[];
}

/** Every actor id a deadline names that its issuer's list lacks, naming file and field. */
export function findActorProblems(
  plans: readonly PlanActors[],
  actors: Readonly<Record<string, Readonly<Record<string, string>>>>,
  actorsFile: string,
): string[] {
  return plans.flatMap((plan) => {
    const key = issuerKey(plan.province, plan.issuerCode);
    const known = actors[key] ?? {};
    return plan.deadlines.flatMap((deadline, index) =>
      deadline.actors.flatMap((actor, position) =>
        Object.hasOwn(known, actor)
          ? []
          : [
              `${plan.file}: deadlines[${index}].actors[${position}] "${actor}" is not an actor of ${key} in ${actorsFile}`,
            ],
      ),
    );
  });
}
