import type { APIRoute } from 'astro';
import { formPagePaths, type FormEntry } from '../../data/forms';
import { blankFormDocx, docxResponse } from '../../lib/forms/docx-file';

export const getStaticPaths = formPagePaths;

/**
 * The blank "Bản để điền" as a Word file (the copy a chi bộ fills: declared edits applied),
 * generated at build time from the form's typed source; the verbatim original is
 * [id]-ban-goc.docx.
 */
export const GET: APIRoute<{ entry: FormEntry }> = async ({ props }) =>
  docxResponse(await blankFormDocx(props.entry.data, 'fillable'));
