/**
 * "Lưu để đọc khi không có mạng": what each kind of page saves, the record of a saved item,
 * and how dates read (sizes: src/lib/text/bytes.ts). Pure (no DOM, no Astro, no build
 * settings): the pages compute the lists at build time and hand them to the button, the
 * browser code (src/client/offline/) reads and writes the records, and tests call it directly.
 *
 * Every path here is a site path without the base (from routes.ts); the browser resolves
 * them against the base.
 */
import {
  formDocxPath,
  formFillPath,
  formOriginalDocxPath,
  formOriginalPath,
  formPath,
  planPath,
  topicPath,
} from '../site/routes';
import { savedRecordPrefix } from './caches';

/**
 * How many of a topic's plans its button saves with it: a topic may gather dozens of plans
 * (50 on its page), and saving all of them would be many megabytes for one tap.
 */
export const TOPIC_SAVED_PLANS = 10;

/**
 * Saving a page also saves the whole search index when it is at most this big (the size is
 * said beside the button first), so "save a plan, go offline, search a word of it" is one tap.
 */
export const SEARCH_INDEX_WITH_PAGE_LIMIT = 2 * 1024 * 1024;

/**
 * The page that stands for the saved search index in its record key (savedItemKey): not a
 * page of the site, so it can never meet a saved page's record.
 */
export const SEARCH_INDEX_ITEM = 'bo-tim-kiem';

/** Everything one form needs offline: its guide, fill-in page, original's page, both .docx. */
export function formSavedUrls(formId: string): string[] {
  return [
    formPath(formId),
    formFillPath(formId),
    formOriginalPath(formId),
    formDocxPath(formId),
    formOriginalDocxPath(formId),
  ];
}

/** A plan's page, then everything its forms need (in the order the plan lists them). */
export function planSavedUrls(planId: string, formIds: readonly string[]): string[] {
  return unique([planPath(planId), ...formIds.flatMap(formSavedUrls)]);
}

/**
 * A topic's page and the pages of the first TOPIC_SAVED_PLANS plans it links (in its
 * order), so its links to their sections open offline. Their forms are saved from the
 * plans' own buttons.
 */
export function topicSavedUrls(topicId: string, planIds: readonly string[]): string[] {
  return unique([topicPath(topicId), ...planIds.slice(0, TOPIC_SAVED_PLANS).map(planPath)]);
}

function unique(urls: string[]): string[] {
  return [...new Set(urls)];
}

/** A saved item's record, kept in the `saved` cache at savedItemKey(scope, page). */
export interface SavedRecord {
  title: string;
  /** Site paths (without base) of every file saved for it, the page first. */
  urls: string[];
  /** When it was saved, as an ISO time. */
  savedAt: string;
  /**
   * Those of `urls` the site answered 404 or 410 for when last asked (the worker on a fetch,
   * /da-luu/ when it checks): no longer on the site, though the saved copy still reads.
   * Absent when none.
   */
  gone?: string[];
}

/** The record as stored: JSON. */
export function serializeRecord(record: SavedRecord): string {
  return JSON.stringify(record);
}

/** A record as the `saved` cache keeps it. */
export function recordResponse(record: SavedRecord): Response {
  return new Response(serializeRecord(record), { headers: { 'Content-Type': 'application/json' } });
}

/**
 * Reads a stored record back; null when it is not one (bad JSON, missing or mistyped
 * fields, no files, an unreadable date): the list shows such an item as damaged, to remove.
 */
export function parseRecord(text: string): SavedRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { title, urls, savedAt } = value as Record<string, unknown>;
  if (typeof title !== 'string' || title.trim() === '') return null;
  if (!Array.isArray(urls) || urls.length === 0 || !urls.every((url) => typeof url === 'string' && url.startsWith('/')))
    return null;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null;
  const { gone = [] } = value as { gone?: unknown };
  if (!Array.isArray(gone) || !gone.every((url) => typeof url === 'string' && urls.includes(url))) return null;
  const record: SavedRecord = { title, urls: urls as string[], savedAt };
  return gone.length > 0 ? { ...record, gone: gone as string[] } : record;
}

/**
 * The files removing one item frees: its files that no other saved item still needs.
 * `others` are the urls of every other record (damaged records hold none).
 */
export function filesToRemove(urls: readonly string[], others: readonly (readonly string[])[]): string[] {
  const kept = new Set(others.flat());
  return urls.filter((url) => !kept.has(url));
}

/** The day something was saved, as dd/mm/yyyy in Vietnam's time (where the site's days fall). */
export function formatSavedDate(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')}`;
}

/**
 * The page a record key names (the inverse of savedItemKey): the `trang` parameter of a key
 * of the form "<scope>da-luu/muc?trang=…"; null for any other URL of the cache.
 */
export function recordPage(key: string, scope: string): string | null {
  const prefix = `${savedRecordPrefix(scope)}?`;
  if (!key.startsWith(prefix)) return null;
  return new URLSearchParams(key.slice(prefix.length)).get('trang');
}

/** The search index's files list written by the build (searchFilesPath), or null when unreadable. */
export interface SearchFiles {
  bytes: number;
  files: string[];
}

export function parseSearchFiles(value: unknown): SearchFiles | null {
  if (typeof value !== 'object' || value === null) return null;
  const { bytes, files } = value as Record<string, unknown>;
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return null;
  if (!Array.isArray(files) || !files.every((file) => typeof file === 'string' && file.startsWith('/'))) return null;
  return { bytes, files: files as string[] };
}

/** The character a numeric reference names; U+FFFD for a number past Unicode, as browsers read it. */
const character = (code: number) => (code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD');

/**
 * The title of a cached page, from its HTML's <title> (entities decoded); null when absent.
 * The first "<title" is the only one to try: when no ">" and "</title>" follow it, none
 * follow a later one either (a regular expression tried each, quadratic on a page without).
 */
export function htmlTitle(html: string): string | null {
  const open = /<title/iu.exec(html);
  const content = open ? html.indexOf('>', open.index) + 1 : 0;
  const close = /<\/title>/giu;
  close.lastIndex = content;
  const end = content > 0 ? close.exec(html) : null;
  if (!end) return null;
  const text = html
    .slice(content, end.index)
    .replace(/&#x([0-9a-f]+);/giu, (_, hex: string) => character(parseInt(hex, 16)))
    .replace(/&#(\d+);/gu, (_, dec: string) => character(Number(dec)))
    .replace(/&quot;/gu, '"')
    .replace(/&#39;|&apos;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&')
    .replace(/\s+/gu, ' ')
    .trim();
  return text || null;
}
