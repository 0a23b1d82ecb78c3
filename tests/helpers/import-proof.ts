import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPlanFile, planBodyOf } from '../../src/markdown/plan-file.ts';
import { plainText } from '../../src/lib/text/plain-text.ts';
import { readText } from '../../src/lib/import/reader-text.ts';
import { convertToPlan, type PlanDraft } from '../../src/lib/import/convert.ts';
import type { DeadlineCandidate } from '../../src/lib/import/deadlines/types.ts';
import type { SourceText } from '../../src/lib/import/types.ts';
import { plansDir, sourcesDir } from './plans.ts';

export const SOURCES = [
  'quang-nam-59-kh-duk',
  'tay-ninh-28-kh-duk',
  'tra-vinh-147-kh-tu',
  'tra-vinh-34-kh-duk',
  'tra-vinh-43-kh-duk',
] as const;

type Hand = Record<string, unknown> & {
  number: string;
  title: string;
  dateLine: string | null;
  province: string;
  issuer: string;
  attachments?: { title: string }[];
  deadlines?: (Record<string, unknown> & { kind: string; quote: string; id: string })[];
};

/**
 * The body comparison's normalisation: each side's reading text (plainText: Markdown
 * emphasis, escapes, heading hashes and footnote markers removed, every run of whitespace
 * one space), footnote definitions dropped from both (their text is compared separately).
 */
export function comparable(mdx: string): string {
  return plainText(mdx.replace(/^\[\^\d+\]:.*$/gmu, ''));
}
export function footnotesOf(mdx: string): string[] {
  return [...mdx.matchAll(/^\[\^\d+\]:\s*(.*)$/gmu)].map((m) => plainText(m[1]!));
}

/** Same time: kind and its date fields. */
function sameTime(hand: Record<string, unknown>, candidate: DeadlineCandidate): boolean {
  if (hand.kind !== candidate.kind) return false;
  const c = candidate as unknown as Record<string, unknown>;
  const keys: Record<string, string[]> = {
    day: ['date', 'before'],
    month: ['year', 'month'],
    quarter: ['year', 'quarter', 'part'],
    yearly: [],
  };
  const equal = (keys[candidate.kind] ?? []).every(
    (key) =>
      JSON.stringify(hand[key] ?? (key === 'before' ? true : key === 'part' ? 'whole' : undefined)) ===
      JSON.stringify(c[key]),
  );
  if (candidate.kind === 'yearly') {
    const every = {
      before: false,
      ...((hand.every as { type: string }).type === 'quarter' ? { part: 'whole' } : {}),
      ...(hand.every as object),
    };
    return (
      equal &&
      JSON.stringify(every) ===
        JSON.stringify({
          before: false,
          ...(candidate.every.type === 'quarter' ? { part: 'whole' } : {}),
          ...candidate.every,
        })
    );
  }
  return equal;
}

export interface Proof {
  id: string;
  draft: PlanDraft;
  hand: Hand;
  handBody: string;
  bodyEqual: boolean;
  /** Share of hand-made MDX blocks (headings, paragraphs, footnotes) the draft writes identically, whitespace collapsed. */
  blocksIdentical: { same: number; total: number };
  deadlinesFound: string[];
  deadlinesMissed: string[];
}

/**
 * Imports one source and compares it with its hand-made plan: the source text itself, or
 * what a reader made of the same document in another format (.docx, .pdf).
 */
export function proveSource(id: string, read?: SourceText): Proof {
  const source = readFileSync(path.join(sourcesDir, `${id}.txt`));
  const file = readFileSync(path.join(plansDir, `${id}.mdx`), 'utf8').normalize('NFC');
  const hand = readPlanFile(file, id).frontmatter as Hand;
  const handBody = planBodyOf(file).trim();
  const draft = convertToPlan(read ?? readText(source), { province: hand.province });
  const bodyEqual =
    comparable(draft.body) === comparable(handBody) &&
    JSON.stringify(footnotesOf(draft.body)) === JSON.stringify(footnotesOf(handBody));
  const collapse = (block: string) => block.replace(/\s+/gu, ' ').trim();
  const handBlocks = handBody
    .split(/\n\s*\n/u)
    .map(collapse)
    .filter(Boolean);
  const draftBlocks = new Set(draft.body.split(/\n\s*\n/u).map(collapse));
  const found: string[] = [];
  const missed: string[] = [];
  for (const deadline of hand.deadlines ?? []) {
    const quote = plainText(deadline.quote);
    const hit = draft.deadlines.some(
      (c) => sameTime(deadline, c) && (plainText(c.quote).includes(quote) || quote.includes(plainText(c.quote))),
    );
    (hit ? found : missed).push(`${deadline.id} (${deadline.kind})`);
  }
  return {
    id,
    draft,
    hand,
    handBody,
    bodyEqual,
    blocksIdentical: { same: handBlocks.filter((b) => draftBlocks.has(b)).length, total: handBlocks.length },
    deadlinesFound: found,
    deadlinesMissed: missed,
  };
}
