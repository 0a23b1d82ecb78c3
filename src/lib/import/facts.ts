/**
 * What a plan's own text says about it, found where Party documents say it: which of the
 * documents it implements are plans already on the site, and the words that name its
 * province (the issuing body and the basis: issuer.ts).
 */
import { findCitations } from '../plans/citations.ts';

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
