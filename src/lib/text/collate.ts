// One collator per ordering: `a.localeCompare(b, 'vi', options)` builds a new collator on
// every call, which made sorting thousands of deadlines a noticeable part of the build.
// Marked pure so browser bundles that import this module without sorting drop the collators.
const collator = (options?: Intl.CollatorOptions) => new Intl.Collator('vi', options).compare;

/** Vietnamese order, digit runs compared as numbers ("2-KH" before "10-KH"). */
export const compareVietnameseNumeric = /* @__PURE__ */ collator({ numeric: true });

/** Vietnamese alphabetical order. */
export const compareVietnamese = /* @__PURE__ */ collator();
