import { z } from 'astro/zod';
import { parseInline } from '../lib/forms/inline';
import { editorialNoteSchema, parsed, text, oneOf, taggedUnion } from './common';

/** One line of form text in the inline mark-up of src/lib/forms/inline.ts, parsed into segments. */
const inline = parsed(parseInline);

/** A header cell of a table; spans are how the original merges cells. */
const headerCellSchema = z.object({
  text,
  colSpan: z.number().int().positive().default(1),
  rowSpan: z.number().int().positive().default(1),
});

/** A numbered section heading or a paragraph, as printed. */
const textBlockSchema = z.object({
  kind: oneOf(['heading', 'paragraph']),
  text: inline,
  /** Label of a free-text answer written under this block when the form is filled in. */
  answer: text.optional(),
});

const tableSchema = z.object({
  kind: z.literal('table'),
  /** Header rows; a cell spans columns (colSpan) and rows (rowSpan) as printed. */
  header: z.array(z.array(headerCellSchema)).min(1),
  /** The name of each leaf column, used to label fields in empty cells. */
  columns: z.array(text).min(1),
  /**
   * Body rows as printed. A cell is form text, or null for an empty cell that the user
   * fills (labelled by the row's first non-empty cell and the column name).
   */
  rows: z.array(z.array(inline.nullable())),
});

export const formBlockSchema = taggedUnion('kind', [textBlockSchema, tableSchema]);

/** The form as printed: every output (page, print, .docx, fill-in) is generated from it. */
export const formDocumentSchema = z.object({
  /** The Party header (null when the form prints none, like an outline). */
  header: z
    .object({
      /** Lines above the left column's "*" (issuing bodies), as printed. */
      left: z.array(inline).default([]),
      /** "Số KH/CB (ĐU)" under the left column, or null. */
      number: inline.nullable().default(null),
      /** The Party motto as printed (the source may misprint it). */
      party: text,
      /** "Trà Vinh, ngày ... tháng ... năm 20..." as printed, or null. */
      dateLine: inline.nullable().default(null),
    })
    .nullable()
    .default(null),
  /** Document type word: "BÁO CÁO". */
  type: text,
  /** Title lines under the type, bold. */
  title: z.array(inline).min(1),
  /** Italic lines under the title: "(Dùng chung cho tất cả chi bộ, đảng bộ cơ sở)". */
  note: z.array(inline).default([]),
  /** Whether the source prints a "-----" rule under the title. */
  rule: z.boolean().default(false),
  body: z.array(formBlockSchema).min(1),
  recipients: z
    .object({ label: text, items: z.array(inline).min(1) })
    .nullable()
    .default(null),
  signature: z
    .object({
      /** "T/M CHI BỘ (hoặc ĐẢNG ỦY)", "BÍ THƯ": bold lines. */
      roles: z.array(text).min(1),
      /** The signer's name line, usually a blank. */
      name: inline.nullable().default(null),
    })
    .nullable()
    .default(null),
});

/**
 * A declared difference of the "Bản để điền" (the copy a chi bộ fills today) from the
 * original: every occurrence of `find` in the form's text (never across a blank) becomes
 * `replace`, which may hold blanks in the inline mark-up. The build fails when `find` does
 * not occur exactly `count` times (src/lib/forms/edits.ts).
 */
const formEditSchema = z.object({
  /**
   * misprint: corrected exactly as an editorial note of the form says (the build checks
   * that a note quotes `find` and gives `replace` in quotes “…”); year: a year the source
   * fixes ("năm 2020", "tháng .../2020") becomes a blank, which the fill-in page proposes
   * as the current year.
   */
  kind: oneOf(['misprint', 'year']),
  find: text,
  replace: text,
  /** How many times `find` occurs in the form as printed. */
  count: z.number().int().positive(),
  /** Why, in Vietnamese, as the guide lists it under "Khác với bản gốc". */
  why: text,
});

export const formSchema = z.object({
  /** Short name for lists: "Mẫu số 03 — Báo cáo kết quả thực hiện mô hình". */
  name: text,
  /** "01" when the plan numbers the form, else null. */
  number: z
    .string()
    .regex(/^\d{2}$/u)
    .nullable()
    .default(null),
  /** Id of the plan that requires the form (content/plans/<id>.mdx). */
  plan: text,
  /**
   * Position of the form in its plan's `attachments` (0 for the first): the plan lists it
   * there by its printed title, which is the form's title wherever a deadline names it.
   */
  attachment: z.number().int().nonnegative(),
  /** Id of the plan paragraph that requires the form ("iii-p2"). */
  planAnchor: z.string().regex(/^[a-z0-9-]+-p\d+$/u, 'must be a paragraph id like "iii-p2"'),
  /** Who fills and files it, for the index filter: "Chi bộ, đảng bộ cơ sở". */
  filedBy: text,
  /** Where it is sent, as the plan or the form says. */
  sentTo: text,
  /** When, as the plan says (free text; dated deadlines come from the plan's deadlines). */
  when: text,
  /** Correctly spelled variants to find the form by (the source may misprint). */
  searchAliases: z.array(text).default([]),
  editorialNotes: z.array(editorialNoteSchema).default([]),
  /**
   * Where the form is printed: a file of the content folder's sources/ (its plan's text;
   * the build fails when it is not there) and the lines it takes.
   */
  source: z.object({
    file: z.string().regex(/^[\w.-]+\.txt$/u, 'must be a file name in sources/ like tra-vinh-43-kh-duk.txt'),
    firstLine: z.number().int().positive(),
    lastLine: z.number().int().positive(),
  }),
  document: formDocumentSchema,
  /** How the "Bản để điền" differs from `document` (none: the two are the same). */
  edits: z.array(formEditSchema).default([]),
});

export type Form = z.output<typeof formSchema>;
export type FormDocument = z.output<typeof formDocumentSchema>;
export type FormEdit = z.output<typeof formEditSchema>;
export type FormBlock = z.output<typeof formBlockSchema>;
