// One collator per ordering: `a.localeCompare(b, 'vi', options)` builds a new collator on
// every call, which made sorting thousands of deadlines a noticeable part of the build.

/** Vietnamese order, digit runs compared as numbers ("2-KH" before "10-KH"). */
export const compareVietnameseNumeric = new Intl.Collator('vi', { numeric: true }).compare;

/** Vietnamese alphabetical order. */
export const compareVietnamese = new Intl.Collator('vi').compare;
