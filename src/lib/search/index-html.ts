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

const SEARCH_BODY = /<([a-z][a-z0-9-]*)\b[^<>]*\sdata-pagefind-body[\s=>]/iu;

/**
 * The part of a page Pagefind reads: its head (language, title, the search metadata) and
 * the element marked data-pagefind-body, nothing of the header, navigation, table of
 * contents or footer it would parse only to skip. Null when the page has no search body.
 */
export function searchBodyOnly(html: string): string | null {
  const open = SEARCH_BODY.exec(html);
  if (!open) return null;
  const tag = open[1]!.toLowerCase();
  const bodyStart = html.search(/<body[\s>]/iu);
  if (bodyStart === -1 || bodyStart > open.index) return null;
  // Find the element's own closing tag by counting the same tag opened inside it.
  const tags = new RegExp(`<(/?)${tag}(?=[\\s>/])`, 'giu');
  tags.lastIndex = open.index + 1;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      const end = html.indexOf('>', match.index) + 1;
      const bodyTag = html.slice(bodyStart, html.indexOf('>', bodyStart) + 1);
      return `${html.slice(0, bodyStart)}${bodyTag}${html.slice(open.index, end)}</body></html>`;
    }
  }
  return null;
}
