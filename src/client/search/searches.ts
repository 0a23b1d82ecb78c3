/**
 * Each search supersedes the ones before it: results that arrive for an older search are
 * dropped. A check taken when work starts says whether that work is still wanted.
 */
export class Searches {
  #latest = 0;

  /** Starts a search: every search and page of results before it is no longer wanted. */
  start(): () => boolean {
    this.#latest += 1;
    return this.current();
  }

  /** The words changed: what is running was for words the reader no longer wants. */
  supersede(): void {
    this.#latest += 1;
  }

  /** A check for work done on behalf of the latest search (a page of "more results"). */
  current(): () => boolean {
    const mine = this.#latest;
    return () => mine === this.#latest;
  }
}
