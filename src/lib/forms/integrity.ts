import type { Form } from '../../schemas/form';
import { ContentIntegrityError } from '../plans/integrity';
import { fieldProblems, formParagraphs } from './model';

/** What the checks need to know about one form entry. */
export interface FormEntryLike {
  id: string;
  filePath?: string | undefined;
  data: Form;
}

/**
 * Facts zod cannot see: the plan a form names must be on the site, quotes of editorial
 * notes must occur in the form, and tables and answers must be consistent.
 */
export function findFormProblems(forms: FormEntryLike[], planIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const { id, filePath, data } of forms) {
    const file = filePath ?? id;
    if (!planIds.has(data.plan)) problems.push(`${file}: plan refers to "${data.plan}", which is not a plan`);
    const text = formParagraphs(data.document).join('\n');
    data.editorialNotes.forEach((note, index) => {
      if (!text.includes(note.quote)) {
        problems.push(`${file}: editorialNotes[${index}].quote "${note.quote}" does not occur in the form`);
      }
    });
    for (const problem of fieldProblems(data.document)) problems.push(`${file}: document: ${problem}`);
  }
  return problems;
}

export function assertFormsIntegrity(forms: FormEntryLike[], planIds: ReadonlySet<string>): void {
  const problems = findFormProblems(forms, planIds);
  if (problems.length > 0) throw new ContentIntegrityError(problems);
}
