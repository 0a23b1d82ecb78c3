import type { APIRoute } from 'astro';
import { formPagePaths } from '../../data/site-model';
import type { FormView } from '../../data/forms';
import { blankFormDocx, docxResponse } from '../../lib/forms/docx-file';

export const getStaticPaths = formPagePaths;

/** The form's "Bản gốc" as a Word file: the typed source verbatim, misprints and fixed years kept. */
export const GET: APIRoute<{ page: FormView }> = async ({ props }) =>
  docxResponse(await blankFormDocx(props.page.entry.data, 'original'));
