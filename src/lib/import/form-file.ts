import type { FormDraft } from './forms.ts';

/**
 * A form printed after the plan's signature, as a draft file for forms/: its lines verbatim,
 * under a note saying what it is. The forms collection reads only *.mdx, so a draft stays out
 * of the build until a person transcribes it into a typed form (see README "Biểu mẫu").
 */
export function formDraftFile(planId: string, form: FormDraft): string {
  const first = form.lines[0]?.n ?? 0;
  const last = form.lines.at(-1)?.n ?? first;
  return [
    `<!-- Bản nháp biểu mẫu ${form.index} của kế hoạch ${planId}, dòng ${first}–${last} của bản nguồn (sources/${planId}.txt).`,
    `     Draft of form ${form.index} of ${planId}: chép thành content/forms/<id>.mdx theo src/schemas/form.ts, rồi xoá tệp này. -->`,
    `<!-- ${form.title.replace(/--/gu, '- -')} -->`,
    '',
    ...form.lines.map((line) => line.text),
    '',
  ].join('\n');
}
