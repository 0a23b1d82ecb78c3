import type { FormBlock, FormDocument } from '../../schemas/form';
import { segmentsText, type FieldValues, type Segment } from './inline';

type Table = Extract<FormBlock, { kind: 'table' }>;

/** Body rows of a table with every empty cell turned into a labelled blank. */
export function tableRows(table: Table): Segment[][][] {
  return table.rows.map((row, rowIndex) => {
    const firstText = row.find((cell) => cell && segmentsText(cell).trim());
    const rowName = `Dòng ${firstText ? segmentsText(firstText).trim() : String(rowIndex + 1)}`;
    return row.map(
      (cell, column) =>
        cell ?? [
          {
            kind: 'blank' as const,
            printed: '',
            label: `${rowName} — ${table.columns[column] ?? String(column + 1)}`,
            italic: false,
          },
        ],
    );
  });
}

/** Every segment list of the document in reading order (what the fields are found in). */
function allLines(doc: FormDocument): Segment[][] {
  const lines: Segment[][] = [...(doc.header?.left ?? [])];
  if (doc.header?.number) lines.push(doc.header.number);
  if (doc.header?.dateLine) lines.push(doc.header.dateLine);
  lines.push(...doc.title, ...doc.note);
  for (const block of doc.body) {
    if (block.kind === 'table') lines.push(...tableRows(block).flat());
    else lines.push(block.text);
  }
  lines.push(...(doc.recipients?.items ?? []));
  if (doc.signature?.name) lines.push(doc.signature.name);
  return lines;
}

/** Labels used by more than one kind of field, or answers that repeat: a content error. */
export function fieldProblems(doc: FormDocument): string[] {
  const blanks = new Set(allLines(doc).flatMap((line) => line.filter((s) => s.kind === 'blank').map((s) => s.label)));
  const problems: string[] = [];
  const answers = new Set<string>();
  for (const block of doc.body) {
    if (block.kind === 'table' || !block.answer) continue;
    if (blanks.has(block.answer) || answers.has(block.answer))
      problems.push(`answer label "${block.answer}" is used twice`);
    answers.add(block.answer);
  }
  for (const block of doc.body) {
    if (block.kind !== 'table') continue;
    const width = block.columns.length;
    const headerWidth = (block.header[0] ?? []).reduce((sum, cell) => sum + cell.colSpan, 0);
    if (headerWidth !== width) problems.push(`table header spans ${headerWidth} columns, columns lists ${width}`);
    block.rows.forEach((row, index) => {
      if (row.length !== width) problems.push(`table row ${index + 1} has ${row.length} cells, expected ${width}`);
    });
  }
  return problems;
}

/**
 * The form's text, paragraph by paragraph, in the order every output lays it out: header
 * (left column, then right), heading, body (tables cell by cell), Nơi nhận, signature.
 * With values, blanks hold them and answers follow their block.
 */
export function formParagraphs(doc: FormDocument, values: FieldValues = {}): string[] {
  const out: string[] = [];
  const line = (segments: Segment[]) => out.push(segmentsText(segments, values));
  if (doc.header) {
    doc.header.left.forEach(line);
    if (doc.header.number) line(doc.header.number);
    out.push(doc.header.party);
    if (doc.header.dateLine) line(doc.header.dateLine);
  }
  out.push(doc.type);
  doc.title.forEach(line);
  doc.note.forEach(line);
  if (doc.rule) out.push('-----');
  for (const block of doc.body) {
    if (block.kind === 'table') {
      for (const row of block.header) for (const cell of row) out.push(cell.text);
      for (const row of tableRows(block)) row.forEach(line);
      continue;
    }
    line(block.text);
    const answer = block.answer ? values[block.answer]?.trim() : '';
    if (answer) out.push(...answer.split(/\r?\n/u));
  }
  if (doc.recipients) {
    out.push(doc.recipients.label);
    doc.recipients.items.forEach(line);
  }
  if (doc.signature) {
    out.push(...doc.signature.roles);
    if (doc.signature.name) line(doc.signature.name);
  }
  return out;
}
