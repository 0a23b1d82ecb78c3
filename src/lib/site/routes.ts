/** Site paths of each page kind (without the base; wrap them in href()). */
export const planPath = (id: string): string => `/ke-hoach/${id}/`;
/** The plain text a plan is transcribed from, served unchanged beside its page. */
export const planTextPath = (id: string): string => `/ke-hoach/${id}.txt`;
export const formsPath = '/bieu-mau/';
export const formPath = (id: string): string => `/bieu-mau/${id}/`;
export const formFillPath = (id: string): string => `/bieu-mau/${id}/dien/`;
export const formDocxPath = (id: string): string => `/bieu-mau/${id}.docx`;

/** Where the timeline lives, and how many deadlines a page of it holds: the whole timeline
 * of a few plans fits on one page; thousands of plans never make a page heavier. */
export const TIMELINE_PATH = '/moc-thoi-gian/';
export const TIMELINE_PAGE_SIZE = 100;
