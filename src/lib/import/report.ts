import type { DroppedLine, LineRole, NeedsPerson } from './types.ts';

/** How every line of the source was used: the counts add up to the number of lines. */
export interface Accounting {
  total: number;
  blank: number;
  header: number;
  body: number;
  signature: number;
  recipients: number;
  form: number;
  dropped: number;
}

export interface ImportReport {
  accounting: Accounting;
  /** Lines left out (by the reader, or not recognised here), each with the reason. */
  dropped: DroppedLine[];
  needs: NeedsPerson[];
  detected: Record<string, string | number | null>;
}

/**
 * Gives every line a role: a line no part claimed is dropped with the reason, so nothing is
 * lost silently. The reader's own dropped lines (page numbers…) are listed too.
 */
export function accountLines(
  lines: readonly string[],
  roles: LineRole[],
  readerDropped: readonly DroppedLine[],
): ImportReport {
  const accounting: Accounting = {
    total: lines.length,
    blank: 0,
    header: 0,
    body: 0,
    signature: 0,
    recipients: 0,
    form: 0,
    dropped: 0,
  };
  const dropped: DroppedLine[] = [...readerDropped];
  lines.forEach((text, i) => {
    let role = roles[i];
    if (!role) {
      role =
        text.trim() === ''
          ? { kind: 'blank' }
          : { kind: 'dropped', reason: 'không nhận ra thuộc phần nào của văn bản (not recognised)' };
      roles[i] = role;
    }
    if (role.kind === 'dropped') dropped.push({ line: i + 1, text, reason: role.reason });
    accounting[role.kind] += 1;
  });
  return { accounting, dropped, needs: [], detected: {} };
}

/** The report printed at the end of an import: what was found, what needs a person, what next. */
export function formatReport(report: ImportReport, written: readonly string[], planPath: string): string {
  const out: string[] = [];
  out.push('Đã nhận ra (detected):');
  for (const [key, value] of Object.entries(report.detected)) out.push(`  ${key}: ${value === null ? '—' : value}`);
  const a = report.accounting;
  out.push(
    `Các dòng của bản nguồn (source lines): ${a.total} = ${a.header} đầu văn bản + ${a.body} nội dung + ${a.signature} chữ ký + ${a.recipients} nơi nhận + ${a.form} biểu mẫu + ${a.blank} dòng trống + ${a.dropped} bỏ ra`,
  );
  if (report.dropped.length > 0) {
    out.push('Dòng bỏ ra (dropped):');
    for (const d of report.dropped)
      out.push(`  ${d.page !== undefined ? `trang ${d.page}` : `dòng ${d.line}`}: "${d.text.trim()}" — ${d.reason}`);
  }
  if (report.needs.length > 0) {
    out.push(`Cần người soát xét (needs a person): ${report.needs.length}`);
    for (const n of report.needs) out.push(`  ${n.field}${n.line === null ? '' : ` (dòng ${n.line})`}: ${n.why}`);
  }
  if (written.length > 0) {
    out.push('Đã ghi (written):');
    for (const file of written) out.push(`  ${file}`);
  }
  out.push(
    `Bước tiếp theo (next step): mở ${planPath}, soát từng mục trên theo content/plans/README.md ("Soát xét bản nháp"), chạy npm run build; khi không còn gì phải sửa, xoá dòng "status: draft".`,
  );
  return out.join('\n');
}
