/**
 * A cache keyed by long texts (whole plan bodies and their reading text).
 *
 * A Map keyed by such strings made the build quadratic: V8 hashes a string longer than
 * 16,383 characters by its length alone, so thousands of bodies of similar length share
 * a handful of hash buckets, and every lookup compares the key with each of them character
 * by character (at 5,000 plans, over 10 s of the build). Here a key's bucket comes from a
 * hash of its length, its head and tail, and a sample of its middle; a hit is confirmed by
 * comparing the whole text, so a shared bucket costs time, never a wrong answer.
 */
export class TextKeyedCache<V> {
  readonly #buckets = new Map<number, [string, V][]>();

  get(text: string): V | undefined {
    const bucket = this.#buckets.get(textHash(text));
    return bucket?.find(([key]) => key === text)?.[1];
  }

  set(text: string, value: V): void {
    const hash = textHash(text);
    const bucket = this.#buckets.get(hash);
    if (!bucket) {
      this.#buckets.set(hash, [[text, value]]);
      return;
    }
    const entry = bucket.find(([key]) => key === text);
    if (entry) entry[1] = value;
    else bucket.push([text, value]);
  }
}

const EDGE = 64;
const STRIDE = 32;

/** FNV-1a over the length, the first and last EDGE characters and every STRIDE-th one between. */
export function textHash(text: string): number {
  const { length } = text;
  let hash = 0x811c9dc5 ^ length;
  if (length <= 2 * EDGE) {
    for (let index = 0; index < length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
    return hash >>> 0;
  }
  for (let index = 0; index < EDGE; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  for (let index = EDGE; index < length - EDGE; index += STRIDE) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  for (let index = length - EDGE; index < length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}
