import { findCitations } from '../plans/citations.ts';
import { issuerName } from '../plans/document-number.ts';
import { plainText } from '../text/plain-text.ts';
import { slugify } from '../text/slug.ts';
import { convertBody, type BodyBlock } from './body.ts';
import { findDeadlineCandidates } from './deadlines.ts';
import { findPeriod } from './deadlines/period.ts';
import type { DateMentionCandidate, DeadlineCandidate } from './deadlines/types.ts';
import { evidenceFor, implementedPlans } from './facts.ts';
import { findBasis, findIssuer } from './issuer.ts';
import { splitForms, type FormDraft } from './forms.ts';
import { parseHeader, provinceOfHeaderLine, type Header, type PrintedHeader } from './header.ts';
import { isBlank } from './lines.ts';
import { draftFrontmatter } from './draft-frontmatter.ts';
import { accountLines, type ImportReport } from './report.ts';
import { reviewNeeds } from './review.ts';
import { parseClosing } from './signature.ts';
import type { LineRole, NeedsPerson, SourceText } from './types.ts';

export interface ConvertOptions {
  /** The province, when the document does not print it (--province). */
  province?: string | undefined;
  /** Plans already in the content folder, to link the documents this one implements. */
  knownPlans?: readonly { id: string; number: string; province: string }[];
}

/** A plan draft: everything the importer writes, and the report it prints. */
export interface PlanDraft {
  /** The plan id and file name: <tinh>-<so-ky-hieu>. */
  id: string;
  /** The frontmatter, keys in the order of the hand-made plans. */
  frontmatter: Record<string, unknown>;
  /** The MDX body. */
  body: string;
  blocks: BodyBlock[];
  forms: FormDraft[];
  deadlines: DeadlineCandidate[];
  dateMentions: DateMentionCandidate[];
  report: ImportReport;
}

/** A document the converter cannot make a plan of (no number, no province…): nothing is written. */
export class ConversionError extends Error {
  readonly vi: string;
  readonly en: string;
  constructor(vi: string, en: string) {
    super(`${vi} (${en})`);
    this.vi = vi;
    this.en = en;
    this.name = 'ConversionError';
  }
}

/** The header, with the type word, title and number a plan must print; a ConversionError names what is missing. */
function readHeader(lines: readonly string[], roles: LineRole[], needs: NeedsPerson[]): PrintedHeader {
  const header = parseHeader(lines, roles, needs);
  if (header.documentType === null || header.title === null) {
    throw new ConversionError(
      'không tìm thấy phần đầu văn bản: loại văn bản (KẾ HOẠCH, HƯỚNG DẪN…) và trích yếu dưới nó',
      'no document header found: a type word (KẾ HOẠCH, HƯỚNG DẪN…) with the title under it',
    );
  }
  if (header.number === null) {
    throw new ConversionError(
      header.numberAsPrinted
        ? `số ký hiệu "${header.numberAsPrinted}" không đúng dạng <số>-<LOẠI>/<CƠ QUAN> (ví dụ 34-KH/ĐUK)`
        : 'văn bản không in số ký hiệu ("Số …-KH/…") ở phần đầu',
      header.numberAsPrinted
        ? `the number "${header.numberAsPrinted}" is not of the form <n>-<TYPE>/<ISSUER>`
        : 'the document prints no number ("Số …") in its header',
    );
  }
  return { ...header, documentType: header.documentType, title: header.title, number: header.number };
}

/** The province: printed in the header, else in the place-and-date line, else given (--province). */
function readProvince(
  header: Header,
  bodyText: string,
  options: ConvertOptions,
  needs: NeedsPerson[],
): { province: string; provinceEvidence: string } {
  const printed = header.headerLeft.map(provinceOfHeaderLine).find((p) => p !== null) ?? null;
  let province: string;
  let provinceEvidence: string;
  if (printed) {
    province = printed;
    provinceEvidence = header.headerLeft.find((line) => provinceOfHeaderLine(line) === printed)!;
  } else if (header.dateLine) {
    province = header.dateLine.place;
    provinceEvidence = header.dateLine.line;
    needs.push({
      field: 'province',
      line: null,
      why: `tỉnh lấy theo địa danh của dòng ngày tháng ("${province}"); kiểm tra đó là tên tỉnh`,
    });
  } else if (options.province) {
    province = options.province;
    const found = evidenceFor(province, bodyText);
    provinceEvidence = found ?? `Văn bản không in tên tỉnh; tỉnh nhập theo --province "${province}".`;
    needs.push({
      field: 'provinceEvidence',
      line: null,
      why: found
        ? 'tỉnh theo --province; kiểm tra câu dẫn chứng'
        : 'văn bản không in tên tỉnh: ghi lời dẫn chứng in trong văn bản, hoặc giữ lý do',
    });
  } else {
    throw new ConversionError(
      'văn bản không in tên tỉnh ở phần đầu; chạy lại với --province "<tên tỉnh>"',
      'the document prints no province in its header; run again with --province "<province name>"',
    );
  }
  if (options.province && options.province !== province) {
    needs.push({
      field: 'province',
      line: null,
      why: `văn bản in "${province}" nhưng --province là "${options.province}"`,
    });
  }
  return { province, provinceEvidence };
}

/**
 * Converts the lines of a received document into a plan draft: header fields, the verbatim
 * body, closing, forms, deadline candidates and a report of what a person must check. Pure:
 * the CLI reads and writes the files.
 */
export function convertToPlan(source: SourceText, options: ConvertOptions = {}): PlanDraft {
  const { lines } = source;
  const roles: LineRole[] = [];
  const needs: NeedsPerson[] = [];
  const header = readHeader(lines, roles, needs);
  const closing = parseClosing(lines, header.end, roles);
  const bodyLines = [];
  for (let i = header.end; i < closing.bodyEnd; i += 1) {
    if (isBlank(lines[i]!)) roles[i] = { kind: 'blank' };
    else {
      roles[i] = { kind: 'body' };
      bodyLines.push({ n: i + 1, text: lines[i]! });
    }
  }
  const body = convertBody(bodyLines);
  const forms = splitForms(lines, closing.last + 1, roles);
  const report = accountLines(lines, roles, source.dropped);

  const paragraphs = body.blocks.map((block) => ({ text: plainText(block.mdx), line: block.lines[0]! }));
  const bodyText = plainText(body.mdx);

  const { province, provinceEvidence } = readProvince(header, bodyText, options, needs);
  const number = header.number;
  const id = `${slugify(province)}-${slugify(number.raw)}`;
  const issuer =
    findIssuer(bodyText, closing.signer?.onBehalfOf ?? null, number.issuerCode) ??
    header.headerLeft.at(-1) ??
    issuerName(number.issuerCode);
  if (!bodyText.includes(issuer))
    needs.push({
      field: 'issuer',
      line: null,
      why: `không tìm thấy câu nêu cơ quan ban hành trong văn bản; tạm ghi "${issuer}"`,
    });

  const basis = findBasis(paragraphs.find((p) => p.text !== '')?.text);
  const implementsPlans = implementedPlans(basis, province, options.knownPlans ?? []);
  const period = findPeriod(header.title, bodyText);
  // A form's title states its own time too ("BÁO CÁO … tháng .../2020" is a monthly report);
  // a plan's deadline may quote it, as the site finds quotes in attachment titles.
  const formTitles = forms.map((form) => ({ text: plainText(form.title), line: form.lines[0]?.n ?? 0 }));
  const { deadlines, dateMentions } = findDeadlineCandidates([...paragraphs, ...formTitles], period);
  needs.push(...reviewNeeds(period, { deadlines, dateMentions }, body, forms));
  const frontmatter = draftFrontmatter({
    header,
    closing,
    body,
    forms,
    id,
    issuer,
    province,
    provinceEvidence,
    basis,
    implementsPlans,
    period,
    deadlines,
    dateMentions,
  });
  report.needs = needs;
  report.detected = {
    number: number.raw,
    documentType: header.documentType,
    title: header.title,
    dateLine: header.dateLine?.line ?? null,
    issued: header.dateLine?.iso ?? null,
    province,
    issuer,
    signer: closing.signer?.name ?? null,
    recipients: closing.recipients.length,
    basis: basis.length,
    citations: findCitations(bodyText).length,
    paragraphs: body.blocks.length,
    deadlines: deadlines.length,
    dateMentions: dateMentions.length,
    forms: forms.length,
  };
  return { id, frontmatter, body: body.mdx, blocks: body.blocks, forms, deadlines, dateMentions, report };
}
