import type { Form } from '../../schemas/form';
import { applyEdits, misprintProblems } from './edits';
import { fieldProblems, formParagraphs } from './model';

/** What the checks need to know about one form entry. */
export interface FormEntryLike {
  id: string;
  filePath?: string | undefined;
  data: Form;
}

/** What the checks need to know about one plan: the attachments it lists, the forms its deadlines name. */
export interface FormPlanLike {
  id: string;
  filePath?: string | undefined;
  data: {
    attachments: readonly { title: string }[];
    deadlines: readonly { id: string; form: string | null }[];
  };
}

/**
 * Facts zod cannot see: the plan a form names must be on the site and list the form among
 * its attachments, quotes of editorial notes must occur in the form, tables and answers
 * must be consistent, and the declared edits of the "Bản để điền" must match the original.
 */
export function findFormProblems(forms: readonly FormEntryLike[], plans: readonly FormPlanLike[]): string[] {
  const problems: string[] = [];
  const plansById = new Map(plans.map((plan) => [plan.id, plan]));
  const attachmentForms = new Map<string, string>();
  for (const { id, filePath, data } of forms) {
    const file = filePath ?? id;
    // /bieu-mau/<id>-ban-goc.docx is the original of form <id>: no form may own that name.
    if (id.endsWith('-ban-goc')) problems.push(`${file}: a form id may not end in "-ban-goc" (the originals' .docx)`);
    const plan = plansById.get(data.plan);
    if (!plan) problems.push(`${file}: plan refers to "${data.plan}", which is not a plan`);
    else if (data.attachment >= plan.data.attachments.length) {
      problems.push(
        `${file}: attachment ${data.attachment} is not among the ${plan.data.attachments.length} attachments of ${data.plan} (counted from 0)`,
      );
    } else {
      const key = `${data.plan}#${data.attachment}`;
      const other = attachmentForms.get(key);
      if (other) problems.push(`${file}: attachment ${data.attachment} of ${data.plan} is already the form ${other}`);
      else attachmentForms.set(key, id);
    }
    const text = formParagraphs(data.document).join('\n');
    data.editorialNotes.forEach((note, index) => {
      if (!text.includes(note.quote)) {
        problems.push(`${file}: editorialNotes[${index}].quote "${note.quote}" does not occur in the form`);
      }
    });
    for (const problem of fieldProblems(data.document)) problems.push(`${file}: document: ${problem}`);
    // The "Bản để điền": every declared edit must match the original as declared.
    const edited = applyEdits(data.document, data.edits);
    for (const problem of [...edited.problems, ...misprintProblems(data.edits, data.editorialNotes)])
      problems.push(`${file}: ${problem}`);
    if (edited.problems.length === 0) {
      for (const problem of fieldProblems(edited.document)) problems.push(`${file}: edits: ${problem}`);
    }
  }
  return problems;
}

/** A deadline may only name a form of the forms collection. */
export function findDeadlineFormProblems(plans: readonly FormPlanLike[], formIds: ReadonlySet<string>): string[] {
  return plans.flatMap(({ id, filePath, data }) =>
    data.deadlines.flatMap((deadline, index) =>
      deadline.form === null || formIds.has(deadline.form)
        ? []
        : [
            `${filePath ?? id}: deadlines[${index}].form "${deadline.form}" (deadline "${deadline.id}") is not a form of this site`,
          ],
    ),
  );
}
