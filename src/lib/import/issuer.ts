import { issuerName } from '../plans/document-number.ts';
import { firstStretchMatch } from '../text/stretch-match.ts';

/** What a plan's body says of who issues it and what it implements, read by the importer. */

/** A body's name is letters and spaces: no other character is crossed looking for one. */
const NOT_IN_NAME = /[^\p{L} ]/u;

/** Where Party documents name their issuing body, each with the words it opens with (stretchMatches). */
const ISSUER_PATTERNS = [
  {
    opening: /Ban Thường vụ |Ban Chấp hành |Thường trực /u,
    pattern: /(Ban Thường vụ [\p{L} ]+?|Ban Chấp hành [\p{L} ]+?|Thường trực [\p{L} ]+?)\s+ban hành\b/u,
  },
  // "…, Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh xây dựng kế hoạch…"
  { opening: /,\s+Ban Thường vụ /u, pattern: /,\s+(Ban Thường vụ [\p{L} ]+?)\s+xây dựng kế hoạch\b/u },
];

// "Trên đây là Kế hoạch … của Ban Thường vụ Đảng ủy Khối về …": the words up to "của" are
// read first, then the name after them, up to a whole word that may follow it (\b knows
// ASCII letters only: "về" never ended a word). One expression with both gaps tried a name
// at every "của" and read each to the end: quadratic, though a name after the first "của"
// of a stretch is found after the first one or not at all.
const CLOSING_LEAD = /Trên đây là [\p{L} ]*?của (?=Ban Thường vụ |Ban Chấp hành |Thường trực )/u;
const CLOSING_NAME =
  /(?:Ban Thường vụ|Ban Chấp hành|Thường trực) [\p{L} ]+?(?=\s+(?:về|học|thực hiện|trong|đề nghị)(?![\p{L}\p{N}])|[,.])/uy;

/** The body named right after the words `lead` matched, or null. */
function closingName(text: string, lead: RegExpExecArray): string | null {
  CLOSING_NAME.lastIndex = lead.index + lead[0].length;
  return CLOSING_NAME.exec(text)?.[0] ?? null;
}

/** The issuing body as the plan's own text names it, found where Party documents say it. */
export function findIssuer(text: string, onBehalfOf: string | null, issuerCode: string): string | null {
  for (const { opening, pattern } of ISSUER_PATTERNS) {
    const match = firstStretchMatch(text, opening, pattern, NOT_IN_NAME);
    if (match) return match[1]!;
  }
  const lead = firstStretchMatch(
    text,
    /Trên đây là /u,
    CLOSING_LEAD,
    NOT_IN_NAME,
    (found) => !!closingName(text, found),
  );
  if (lead) return closingName(text, lead);
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
