import type { APIRoute, GetStaticPaths } from 'astro';
import type { FormEntry } from '../../data/forms';
import { getSiteModel } from '../../data/site-model';
import { blankFormDocx } from '../../lib/forms/docx-file';

export const getStaticPaths = (async () => {
  const { forms } = await getSiteModel();
  return forms.map(({ id, entry }) => ({ params: { id }, props: { entry } }));
}) satisfies GetStaticPaths;

/**
 * The blank "Bản để điền" as a Word file (the copy a chi bộ fills: declared edits applied),
 * generated at build time from the form's typed source; the verbatim original is
 * [id]-ban-goc.docx.
 */
export const GET: APIRoute<{ entry: FormEntry }> = async ({ props }) => {
  const bytes = await blankFormDocx(props.entry.data, 'fillable');
  // A copy typed as backed by a plain ArrayBuffer, which Response accepts.
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
