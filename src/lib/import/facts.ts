/**
 * What a plan's own text says about it, found where Party documents say it: the issuing
 * body, the documents it implements (and which of them are plans already on the site), and
 * the words that name its province.
 */
import { findCitations } from '../plans/citations.ts';
import { issuerName } from '../plans/document-number.ts';

/** The issuing body as the plan's own text names it, found where Party documents say it. */
export function findIssuer(text: string, onBehalfOf: string | null, issuerCode: string): string | null {
  const patterns = [
    /(Ban Thường vụ [\p{L} ]+?|Ban Chấp hành [\p{L} ]+?|Thường trực [\p{L} ]+?)\s+ban hành\b/u,
    // "…, Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh xây dựng kế hoạch…"
    /,\s+(Ban Thường vụ [\p{L} ]+?)\s+xây dựng kế hoạch\b/u,
    /Trên đây là [\p{L} ]*?của (Ban Thường vụ [\p{L} ]+?|Ban Chấp hành [\p{L} ]+?|Thường trực [\p{L} ]+?)(?=\s+(?:về|học|thực hiện|trong|đề nghị)\b|[,.])/u,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[1]!;
  }
  // "T/M BAN THƯỜNG VỤ" signed for the body the number's code names: use it when the text prints it so.
  if (onBehalfOf && /THƯỜNG VỤ/u.test(onBehalfOf)) {
    const candidate = `Ban Thường vụ ${issuerName(issuerCode)}`;
    if (text.includes(candidate)) return candidate;
  }
  return null;
}

/** The documents the plan says it implements: its opening "Thực hiện …"/"Căn cứ …" sentence, item by item. */
export function findBasis(paragraph: string | undefined): string[] {
  if (!paragraph) return [];
  const match = /^(?:Thực hiện|Căn cứ)\s+(.*)$/u.exec(paragraph);
  if (!match) return [];
  const sentence = match[1]!.split(/\.\s+(?=\p{Lu})/u)[0]!;
  return sentence
    .split(/;\s*/u)
    .map((item) => item.trim().replace(/[.,]$/u, ''))
    .filter((item) => item !== '');
}

/** The plans of the content folder (same province) the basis cites, each once. */
export function implementedPlans(
  basis: readonly string[],
  province: string,
  knownPlans: readonly { id: string; number: string; province: string }[],
): string[] {
  const knownByNumber = new Map(knownPlans.filter((p) => p.province === province).map((p) => [p.number, p.id]));
  return [
    ...new Set(
      basis.flatMap((item) =>
        findCitations(item).flatMap((c) => (knownByNumber.has(c.number) ? [knownByNumber.get(c.number)!] : [])),
      ),
    ),
  ];
}

/** The words around the first place the text names the province, as evidence for it. */
export function evidenceFor(province: string, text: string): string | null {
  const at = text.indexOf(province);
  if (at === -1) return null;
  const start = Math.max(text.lastIndexOf(';', at), text.lastIndexOf(',', at - 30), text.lastIndexOf('. ', at)) + 1;
  const ends = [text.indexOf(';', at), text.indexOf('. ', at), text.indexOf(',', at + province.length)].filter(
    (i) => i !== -1,
  );
  const end = ends.length > 0 ? Math.min(...ends) : text.length;
  return text.slice(start, end).trim() || province;
}
