import type { APIRoute } from 'astro';
import { formPagePaths } from '../../data/site-model';
import type { FormView } from '../../data/forms';
import { blankFormDocx, docxResponse } from '../../lib/forms/docx-file';

export const getStaticPaths = formPagePaths;

/**
 * The blank "Bản để điền" as a Word file (the copy a chi bộ fills: declared edits applied),
 * generated at build time from the form's typed source; the verbatim original is
 * [id]-ban-goc.docx.
 */
export const GET: APIRoute<{ page: FormView }> = async ({ props }) =>
  docxResponse(await blankFormDocx(props.page.entry.data, 'fillable'));
