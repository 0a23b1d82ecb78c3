/**
 * The importer's intermediate: whatever the file format, a reader turns the file into the
 * plain-text lines of a source text (the shape of content/sources/*.txt) and the lines it
 * left out, with the reason. One converter (convert.ts) reads only this.
 */
export interface DroppedLine {
  /** 1-based line of the reader's text; 0 when the reader left it out before making the text (see page). */
  line: number;
  /** The printed page it was on, for what a PDF reader drops (page numbers, running headers). */
  page?: number;
  text: string;
  reason: string;
}

export interface SourceText {
  /** The lines, as a plain-text source holds them. */
  lines: string[];
  /** Lines the reader left out (page numbers, running headers…), each with the reason. */
  dropped: DroppedLine[];
}

/** What a line of the source became: every line gets exactly one. */
export type LineRole =
  | { kind: 'blank' }
  | { kind: 'header'; field: string }
  | { kind: 'body' }
  | { kind: 'signature'; field: string }
  | { kind: 'recipients' }
  | { kind: 'form'; index: number }
  | { kind: 'dropped'; reason: string };

/** Something the importer could not decide and a person must: field, source line, why. */
export interface NeedsPerson {
  field: string;
  line: number | null;
  why: string;
}

/** A line of the source with its 1-based number. */
export interface NumberedLine {
  n: number;
  text: string;
}
