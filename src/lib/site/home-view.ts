/**
 * What the home page (src/pages/index.astro) and its script (src/client/home.ts) agree on:
 * the data-* attributes by which the script finds the next deadline and the next
 * anniversary among what the page rendered. The page is complete without the script (it
 * says what the build knows: the span of the deadlines, the days of the commemorations);
 * the script, which knows today's date in Vietnam, shows the next of each. The page writes
 * the names literally; tests/build/page-scripts.test.ts checks they are there.
 */
export const HOME_DATA = {
  /** Text shown without script, hidden by it (one in each block). */
  static: 'data-home-static',
  /** "Hôm nay: {date}", filled and shown by the script. */
  today: 'data-home-today',
  /** The list of deadlines, one per due date, each hidden; carries the "còn {days} ngày" templates. */
  deadlines: 'data-home-deadlines',
  daysLeft: 'data-template-days',
  dueToday: 'data-template-today',
  /** One due date's entry, with its date (YYYY-MM-DD). */
  due: 'data-due',
  /** Inside an entry: where the days left go. */
  left: 'data-left',
  /** "Không còn hạn nào phía trước…", shown when every deadline is past. */
  noneAhead: 'data-home-none-ahead',
  /** The commemorations, each with its first day (YYYY-MM-DD). */
  commemorations: 'data-home-commemorations',
  origin: 'data-origin',
  /** Inside a commemoration's entry: its linked name (and province), which the next-anniversary lines repeat. */
  name: 'data-name',
  /** Filled by the script: the next anniversary, and the next round (…0) or năm lẻ 5 (…5) one. */
  nextAnniversary: 'data-home-next-anniversary',
  nextRound: 'data-home-next-round',
  /** Templates: "{date}: kỷ niệm {number} năm", and the kinds' labels. */
  template: 'data-template',
  kindRound: 'data-kind-nam-tron',
  kindFive: 'data-kind-nam-le-5',
} as const;
export type HomeData = keyof typeof HOME_DATA;

export const homeSelector = (name: HomeData): string => `[${HOME_DATA[name]}]`;
