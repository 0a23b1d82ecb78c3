/**
 * A value with every string in it in Unicode NFC, the form the site compares, indexes and
 * shows text in. Vietnamese typed on some systems arrives decomposed (NFD: "ệ" as e + two
 * combining marks); it looks the same but matches nothing written composed, so quotes would
 * not be found in their plan and search would miss words. Arrays and plain objects are
 * copied; anything else (numbers, dates, null) is kept as it is.
 */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => nfcDeep(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key.normalize('NFC'), nfcDeep(item)]),
    ) as T;
  }
  return value;
}
