/**
 * Today's date in Vietnam (Asia/Ho_Chi_Minh), YYYY-MM-DD, whatever the reader's device
 * zone: deadlines and anniversaries fall on Vietnamese days. Its own module, so the
 * anniversary calendar does not load the timeline's script for it.
 */
export function todayInVietnam(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}
