/**
 * How a built page is handed to Pagefind. Pagefind stores every element with an id as an
 * anchor, its text included; plan pages give every paragraph an id (for deep links), so
 * each plan's search fragment held its whole text twice. Search only uses heading anchors
 * (result sections), so the copy Pagefind indexes keeps ids on headings only; the page
 * itself is not changed.
 */
export function withoutBlockAnchors(html: string): string {
  return html.replace(/<(?!h[1-6]\b)([a-z][a-z0-9-]*)\b([^<>]*?)\s+id="[^"]*"/giu, '<$1$2');
}
