import type { APIRoute } from 'astro';
import { formPagePaths, type FormEntry } from '../../data/forms';
import { blankFormDocx, docxResponse } from '../../lib/forms/docx-file';

export const getStaticPaths = formPagePaths;

/** The form's "Bản gốc" as a Word file: the typed source verbatim, misprints and fixed years kept. */
export const GET: APIRoute<{ entry: FormEntry }> = async ({ props }) =>
  docxResponse(await blankFormDocx(props.entry.data, 'original'));
