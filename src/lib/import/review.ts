import type { Body } from './body.ts';
import type { DateMentionCandidate, DeadlineCandidate, Period } from './deadlines/types.ts';
import type { FormDraft } from './forms.ts';
import type { NeedsPerson } from './types.ts';

/** What a person must check that the text cannot settle: the period, each deadline, rejoined lines, forms. */
export function reviewNeeds(
  period: Period | null,
  found: { deadlines: readonly DeadlineCandidate[]; dateMentions: readonly DateMentionCandidate[] },
  body: Body,
  forms: readonly FormDraft[],
): NeedsPerson[] {
  const needs: NeedsPerson[] = [];
  if (period)
    needs.push({
      field: 'period',
      line: null,
      why: `thời kỳ ${period.from}–${period.until} lấy từ "${period.quote}"; kiểm tra, và kiểm tra from/until của các hạn hằng năm`,
    });
  else
    needs.push({
      field: 'period',
      line: null,
      why: 'văn bản không in thời kỳ thực hiện dạng "giai đoạn 20.. - 20.."; kiểm tra',
    });
  const { deadlines, dateMentions } = found;
  for (const deadline of deadlines) {
    if (deadline.who.length === 0)
      needs.push({
        field: `deadlines.${deadline.id}.who`,
        line: deadline.line,
        why: 'câu không nêu rõ ai làm: ghi "who" như văn bản in',
      });
    needs.push({
      field: `deadlines.${deadline.id}.actors`,
      line: deadline.line,
      why: 'chọn mã đơn vị trong content/actors.yaml',
    });
  }
  for (const mention of dateMentions) needs.push({ field: 'dateMentions', line: mention.line, why: mention.reason });
  for (const join of body.joins)
    needs.push({
      field: 'body',
      line: join.line,
      why: 'dòng bắt đầu bằng chữ thường được nối vào đoạn trên (ngắt trang?); kiểm tra',
    });
  if (forms.length > 0)
    needs.push({
      field: 'attachments',
      line: forms[0]!.lines[0]?.n ?? null,
      why: `${forms.length} biểu mẫu được tách ra forms/: chép thành biểu mẫu có kiểu (content/forms)`,
    });
  return needs;
}
