/** What the importer proposes for a plan's deadlines and date mentions, for a person to review. */

/** The plan's period as printed, which bounds yearly deadlines. */
export interface Period {
  from: number;
  until: number;
  quote: string;
}

/** A deadline the importer proposes, in the shape of src/schemas/deadline.ts; a person reviews it. */
export type DeadlineCandidate = {
  id: string;
  label: string;
  task: string;
  who: string[];
  reportTo: string | null;
  actors: string[];
  form: null;
  quote: string;
  /** 1-based source line of the paragraph. */
  line: number;
} & (
  | { kind: 'day'; date: string; before: boolean }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'monthly'; from: string; until: string }
  | { kind: 'quarter'; year: number; quarter: number; part: 'whole' | 'start' }
  | { kind: 'occasion'; occasion: string; date: string | null }
  | { kind: 'ongoing' }
  | { kind: 'relative'; days: number; event: string }
  | {
      kind: 'yearly';
      every:
        | { type: 'month'; month: number }
        | { type: 'day'; day: number; month: number; before: boolean }
        | { type: 'quarter'; quarter: number; part: 'whole' | 'start' };
      from: number;
      until: number;
      boundsQuote: string;
      exceptions: [];
    }
);

export interface DateMentionCandidate {
  quote: string;
  reason: string;
  line: number;
}

/** A paragraph's reading text (plainText of its MDX) and its first source line. */
export interface ParagraphText {
  text: string;
  line: number;
}

type Common = 'id' | 'task' | 'who' | 'reportTo' | 'actors' | 'form' | 'quote' | 'line';
/** The time part of a candidate (what a time phrase sets): Omit applied to each member of the union. */
export type PhraseKind = DeadlineCandidate extends infer D
  ? D extends DeadlineCandidate
    ? Omit<D, Common>
    : never
  : never;
