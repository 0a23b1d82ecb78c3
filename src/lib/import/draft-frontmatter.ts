import type { Body } from './body.ts';
import type { DateMentionCandidate, DeadlineCandidate, Period } from './deadlines/types.ts';
import type { FormDraft } from './forms.ts';
import type { PrintedHeader } from './header.ts';
import type { Closing } from './signature.ts';

/** What the draft's frontmatter is made of. */
export interface DraftParts {
  header: PrintedHeader;
  closing: Closing;
  body: Body;
  forms: readonly FormDraft[];
  id: string;
  issuer: string;
  province: string;
  provinceEvidence: string;
  basis: string[];
  implementsPlans: string[];
  period: Period | null;
  deadlines: readonly DeadlineCandidate[];
  dateMentions: readonly DateMentionCandidate[];
}

/** The draft's frontmatter, keys in the order of the hand-made plans. */
export function draftFrontmatter(parts: DraftParts): Record<string, unknown> {
  const { header, closing, body, forms, id, issuer, province, provinceEvidence, basis, implementsPlans, period } =
    parts;
  const { number } = header;
  const undatedReason = header.dateLine
    ? undefined
    : header.unreadDateLine
      ? `Dòng ngày tháng in "${header.unreadDateLine}" không đọc được thành một ngày; không suy đoán ngày.`
      : 'Bản nguồn không in địa danh, ngày tháng ban hành ở phần đầu văn bản; không suy đoán ngày.';
  const lastLine = closing.last >= closing.bodyEnd ? closing.last + 1 : (body.blocks.at(-1)?.lines.at(-1) ?? 1);
  return {
    status: 'draft',
    number: number.raw,
    ...(header.numberAsPrinted && header.numberAsPrinted !== number.raw
      ? { numberAsPrinted: header.numberAsPrinted }
      : {}),
    documentType: header.documentType,
    title: header.title,
    headerLeft: header.headerLeft,
    dateLine: header.dateLine?.line ?? null,
    ...(undatedReason ? { undatedReason } : {}),
    issuer,
    province,
    provinceEvidence,
    basis,
    signer: closing.signer,
    recipients: closing.recipients,
    attachments: forms.map((form) => ({ title: form.title })),
    source: { file: `${id}.txt`, lastLine },
    implementsPlans,
    topics: [],
    period: period ? { from: period.from, until: period.until, quotes: [period.quote] } : null,
    ...(period
      ? {}
      : {
          periodReason:
            'Bản nháp: trình nhập không tìm thấy thời kỳ thực hiện in trong văn bản; người soát xét xác nhận.',
        }),
    deadlines: parts.deadlines.map(({ line: _line, ...deadline }) => deadline),
    dateMentions: parts.dateMentions.map(({ quote, reason }) => ({ quote, reason })),
  };
}
