import type { APIRoute, GetStaticPaths } from 'astro';
import type { FormEntry } from '../../data/forms';
import { getSiteModel } from '../../data/site-model';
import { blankFormDocx } from '../../lib/forms/docx-file';

export const getStaticPaths = (async () => {
  const { forms } = await getSiteModel();
  return forms.map(({ id, entry }) => ({ params: { id }, props: { entry } }));
}) satisfies GetStaticPaths;

/** The form's "Bản gốc" as a Word file: the typed source verbatim, misprints and fixed years kept. */
export const GET: APIRoute<{ entry: FormEntry }> = async ({ props }) => {
  const bytes = await blankFormDocx(props.entry.data, 'original');
  // A copy typed as backed by a plain ArrayBuffer, which Response accepts.
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
