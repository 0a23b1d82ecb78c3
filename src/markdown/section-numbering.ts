import { slugify } from '../lib/text/slug';

/** The numbering token that opens a heading of a Party document. */
export type SectionToken =
  { kind: 'roman'; value: string } | { kind: 'arabic'; parts: string[] } | { kind: 'letter'; value: string };

const ROMAN = /^([IVX]+)\s*[.\-–)]\s*/u;
const ARABIC = /^(\d+(?:\s*[.-]\s*\d+)*)\s*[.\-–)]?\s+/u;
const LETTER = /^([a-zđ])\s*[.\-)]\s+/u;

/** Reads "II-", "2.1-", "1.1.", "a-" … at the start of a heading; null when there is none. */
export function readSectionToken(heading: string): SectionToken | null {
  const text = heading.trim();
  const roman = ROMAN.exec(text);
  if (roman) return { kind: 'roman', value: roman[1]! };
  const arabic = ARABIC.exec(text);
  if (arabic) return { kind: 'arabic', parts: arabic[1]!.split(/\s*[.-]\s*/u) };
  const letter = LETTER.exec(text);
  if (letter) return { kind: 'letter', value: letter[1]! };
  return null;
}

/**
 * Gives every heading of one document a stable id derived from its numbering, so that
 * links into a section survive edits elsewhere: "II." → "ii", "1." under it → "ii-1",
 * "6.1." → "ii-6-1", "a-" → "ii-6-1-a". Headings without numbering get a slug of their text.
 */
export function createSectionIdAllocator(): (heading: string) => string {
  const used = new Set<string>();
  let roman: string | null = null;
  let arabic: string | null = null;

  const unique = (id: string): string => {
    let candidate = id || 'muc';
    for (let n = 2; used.has(candidate); n += 1) candidate = `${id}-${n}`;
    used.add(candidate);
    return candidate;
  };
  const under = (parent: string | null, part: string): string => (parent ? `${parent}-${part}` : part);

  return (heading) => {
    const token = readSectionToken(heading);
    if (!token) return unique(slugify(heading));
    switch (token.kind) {
      case 'roman':
        roman = token.value.toLowerCase();
        arabic = null;
        return unique(roman);
      case 'arabic':
        arabic = under(roman, token.parts.join('-'));
        return unique(arabic);
      case 'letter':
        return unique(under(arabic ?? roman, slugify(token.value)));
    }
  };
}
