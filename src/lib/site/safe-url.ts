import { parseEntities } from 'parse-entities';

/**
 * Whether content may link to (or show an image from) a URL: a relative path, a fragment
 * (`#…`), or an http:, https:, mailto: or tel: address. Anything else (javascript:, data:,
 * vbscript:, file:…) could run script or reach outside the site when a reader clicks it, so
 * the build refuses it. Protocol-relative addresses (`//host/…`) are refused too: they leave
 * the site without saying how, and content that means another site writes https:.
 *
 * The URL is read the way a browser would read it and then some: character references
 * (`java&#x09;script:`) and percent-escapes are decoded, and every space and control
 * character is dropped (browsers drop tabs and newlines anywhere and spaces and controls at
 * the ends), so no spelling of a scheme slips through. This may refuse a strange relative
 * link (`a%3Ab`); content has no use for one.
 */
export function isSafeUrl(url: string): boolean {
  const seen = readAsBrowser(url);
  if (/^[/\\]{2}/u.test(seen)) return false;
  const scheme = /^([a-z][a-z\d+.-]*):/iu.exec(seen)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

/** The schemes content may use. */
export const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * The HTML attributes whose value is a URL a reader's browser follows or loads, lower case
 * without punctuation, so that both HTML names (`xlink:href`) and hast's (`xLinkHref`) match
 * through `isUrlAttribute`.
 */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href',
  'src',
  'srcset',
  'cite',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
  'longdesc',
  'xlinkhref',
]);

/** Whether an attribute (HTML or hast spelling) holds a URL. */
export function isUrlAttribute(name: string): boolean {
  return URL_ATTRIBUTES.has(name.toLowerCase().replace(/[^a-z]/gu, ''));
}

/** The URLs an attribute's value holds: one, or each candidate of a srcset. */
export function urlsOfAttribute(name: string, value: string): string[] {
  if (name.toLowerCase() !== 'srcset') return [value];
  return value.split(',').map((candidate) => candidate.trim().split(/\s+/u)[0] ?? '');
}

function readAsBrowser(url: string): string {
  let text = url;
  // Decoding can reveal another layer ("&amp;#106;"), so it repeats until nothing changes.
  for (let round = 0; round < 5; round += 1) {
    const decoded = percentDecoded(parseEntities(text));
    if (decoded === text) break;
    text = decoded;
  }
  // Every control character, space (the no-break space too) and zero-width mark a browser might trim.
  return text.replace(/[\p{Cc}\p{Zs}\u200b-\u200d\u2028\u2029\ufeff]/gu, '');
}

function percentDecoded(text: string): string {
  return text.replace(/%([\da-f]{2})/giu, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
