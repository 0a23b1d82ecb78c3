/**
 * Every internal path of the site, spelled here and nowhere else. Paths are site paths
 * without the base ("/ke-hoach/<id>/"); wrap them in href() (src/lib/site/url.ts), which
 * adds it. The files under src/pages must sit where these functions point: the link checks
 * of both builds (tests/build/links.test.ts) fail on any path that leads nowhere.
 *
 * Pure and free of build-time settings, so browser code may import it as well.
 */

export const homePath = '/';

/** The plan list (page 1), and every plan's page beside it. */
export const plansPath = '/ke-hoach/';
export const planPath = (id: string): string => `${plansPath}${id}/`;
/** A paragraph (or section) of a plan, by its anchor id ("iii-p2"). */
export const planParagraphPath = (id: string, anchor: string): string => `${planPath(id)}#${anchor}`;
/** One plan's dated deadlines as iCalendar. */
export const planCalendarPath = (id: string): string => `${plansPath}${id}.ics`;
/** The plain text a plan is transcribed from, served unchanged beside its page. */
export const planTextPath = (id: string): string => `${plansPath}${id}.txt`;

// Plan pages share /ke-hoach/ with these lists (see isPlanListSegment).
const PROVINCES_SEGMENT = 'tinh';
const YEARS_SEGMENT = 'nam';
/** The plans of one province, and the list of provinces. */
export const provincesPath = `${plansPath}${PROVINCES_SEGMENT}/`;
export const provincePath = (slug: string): string => `${provincesPath}${slug}/`;
/** The plans of one year, and the list of years. */
export const yearsPath = `${plansPath}${YEARS_SEGMENT}/`;
export const yearPath = (slug: string): string => `${yearsPath}${slug}/`;
/** The year slug of plans that print no date. */
export const UNDATED_YEAR = 'khong-ghi-ngay';

/** Where the timeline lives, and how many deadlines a page of it holds: the whole timeline
 * of a few plans fits on one page; thousands of plans never make a page heavier. */
export const TIMELINE_PATH = '/moc-thoi-gian/';
export const TIMELINE_PAGE_SIZE = 100;
/** Every dated deadline: as iCalendar, and as JSON for other tools. */
export const timelineCalendarPath = '/moc-thoi-gian.ics';
export const deadlinesJsonPath = '/api/deadlines.json';

export const topicsPath = '/chuyen-de/';
export const topicPath = (id: string): string => `${topicsPath}${id}/`;

export const commemorationsPath = '/ngay-ky-niem/';
export const commemorationPath = (id: string): string => `${commemorationsPath}${id}/`;
/** Every anniversary of every commemoration as iCalendar. */
export const commemorationsCalendarPath = '/ngay-ky-niem.ics';

/** Documents the plans cite; a cited document that is a plan of the site has the plan's page instead. */
export const documentsPath = '/van-ban/';
export const documentPath = (key: string): string => `${documentsPath}${key}/`;

export const formsPath = '/bieu-mau/';
export const formPath = (id: string): string => `${formsPath}${id}/`;
export const formParagraphPath = (id: string, anchor: string): string => `${formPath(id)}#${anchor}`;
export const formFillPath = (id: string): string => `${formPath(id)}dien/`;
/** The "Bản để điền" as a Word file: what a chi bộ downloads to fill in this year. */
export const formDocxPath = (id: string): string => `${formsPath}${id}.docx`;
/** The verbatim "Bản gốc": its page (to read and print) and its Word file. */
export const formOriginalPath = (id: string): string => `${formPath(id)}ban-goc/`;
export const formOriginalDocxPath = (id: string): string => `${formsPath}${id}-ban-goc.docx`;

/** The search page, and the URL parameter holding the words searched for. */
export const searchPagePath = '/tim-kiem/';
export const SEARCH_QUERY_PARAM = 'q';

/**
 * The search page already filled in: `query` is what the reader would type, `filters` the
 * search filters by name (loai, nam, tinh, co-quan). The words are encoded as by
 * encodeURIComponent (space → %20) and the filters as a submitted form encodes them
 * (space → +); the search page reads both the same way.
 */
export function searchPath({ query, filters = {} }: { query?: string; filters?: Record<string, string> } = {}): string {
  const parts: string[] = [];
  if (query !== undefined) parts.push(`${SEARCH_QUERY_PARAM}=${encodeURIComponent(query)}`);
  const encodedFilters = new URLSearchParams(filters).toString();
  if (encodedFilters) parts.push(encodedFilters);
  return parts.length > 0 ? `${searchPagePath}?${parts.join('&')}` : searchPagePath;
}

/** Files that are not pages: Pagefind's script (written by the build) and the site icon. */
export const pagefindScriptPath = '/pagefind/pagefind.js';
export const faviconPath = '/favicon.svg';

/**
 * Offline reading (src/service-worker/, src/integrations/offline.ts): the service worker sits
 * at the site's root so that its scope is the whole site, also under a sub-path.
 */
export const serviceWorkerPath = '/sw.js';
export const webManifestPath = '/manifest.webmanifest';
/** The app's icons (PNG, drawn at build from the favicon's SVG): "icon-192" → /icons/icon-192.png. */
export const appIconPath = (name: string): string => `/icons/${name}.png`;
/** What a reader meets offline on a page that was neither visited nor saved. */
export const offlinePagePath = '/ngoai-tuyen/';
/** What the reader saved to read without a connection, with sizes, to remove. */
export const savedPagesPath = '/da-luu/';
/**
 * The list of every file of the search index, with their total size (written by the build
 * after Pagefind): what "tải bộ tìm kiếm" fetches so that search works offline.
 */
export const searchFilesPath = '/tim-kiem/tep-tim-kiem.json';

/**
 * Lists cut into pages: page 1 lives at the list's own path, page n at <list>trang-<n>/.
 * The segment is a route parameter of the list's page files ([...page], [...trang]).
 */
const PAGE_SEGMENT = /^trang-([1-9]\d*)$/u;

/** The route parameter of page n of a list: undefined for page 1 (the list's own path). */
export function pageSegment(page: number): string | undefined {
  return page === 1 ? undefined : `trang-${page}`;
}

/** Path (without base) of page n of the list at `listPath` ("/moc-thoi-gian/"). */
export function pagePath(listPath: string, page: number): string {
  return page === 1 ? listPath : `${listPath}${pageSegment(page)}/`;
}

/** Reads a page segment back ("trang-3" → 3, undefined → 1); null when it is not one. */
export function parsePageSegment(segment: string | undefined): number | null {
  if (segment === undefined || segment === '') return 1;
  const match = PAGE_SEGMENT.exec(segment);
  return match && Number(match[1]) > 1 ? Number(match[1]) : null;
}

/**
 * Whether a plan id would take the path of a plan list page: plan pages share /ke-hoach/
 * with the lists of provinces and years and with the pages of the plan list.
 */
export function isPlanListSegment(id: string): boolean {
  return id === PROVINCES_SEGMENT || id === YEARS_SEGMENT || parsePageSegment(id) !== null;
}

/**
 * Prefixes a site path with a base ("/" or "/so-tay/", with or without its last slash), so
 * the site works under a sub-path. href() applies the configured base.
 */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/u, '')}/${path.replace(/^\/+/u, '')}`;
}
