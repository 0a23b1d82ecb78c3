import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

// fflate is what docx itself zips with (a dependency of docx), so it is always installed with it.

/**
 * A fixed date for every zip entry, so no build time leaks into the file. Zip stores local
 * date parts, so the date is built from local parts too (same bytes in every time zone).
 */
const ZIP_EPOCH = new Date(1980, 0, 1);

/**
 * Makes a packed .docx byte-identical for identical content: docx writes the current time
 * into docProps/core.xml and into every zip entry, so both are removed or fixed here.
 */
export function deterministicDocx(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/gu, ''),
    );
  }
  const names = Object.keys(files);
  // [Content_Types].xml first, as Word writes it; the rest in a stable order.
  names.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)));
  return zipSync(Object.fromEntries(names.map((name) => [name, [files[name]!, { mtime: ZIP_EPOCH }]])));
}
