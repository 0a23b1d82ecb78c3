/**
 * The one way the site writes a size for readers: the .docx links of the forms, the save
 * control, /da-luu/ (saved items, the search index, the space used). Pure, so the build and
 * the browser share it.
 */

const UNITS = ['KB', 'MB', 'GB'] as const;

/**
 * "0,3 KB", "9,6 KB", "850 KB", "1,4 MB", "2,1 GB": binary units (1 KB = 1024 bytes, as phones'
 * file managers count), a decimal comma, one decimal below 10 of a unit and none from 10 up,
 * so a size never has more than three figures; the next unit from 1000 of one. A no-break
 * space holds the number to its unit, so a line never ends between them. Anything stored is
 * at least "0,1 KB" (a few bytes never read as nothing); no bytes at all is "0 KB".
 */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes) / 1024;
  if (bytes > 0) value = Math.max(value, 0.1);
  let unit = 0;
  while (unit < UNITS.length - 1 && rounded(value) >= 1000) {
    value /= 1024;
    unit += 1;
  }
  const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: rounded(value) < 10 ? 1 : 0 });
  return `${number.format(rounded(value))}\u00a0${UNITS[unit]}`;
}

/** The value as shown: to one decimal below 10, whole from 10 (9,96 is shown as 10). */
function rounded(value: number): number {
  const tenths = Math.round(value * 10) / 10;
  return tenths < 10 ? tenths : Math.round(value);
}
