import { MORE_RESULTS } from '../../lib/search/rank';
import type { Searches } from './searches';

export interface MoreResults<R> {
  /** The results of a new search not shown yet, in the order they will be ([] while it runs). */
  reset: (rest: R[]) => void;
  /** Whether any are left. */
  hasMore: () => boolean;
  /** Shows the next MORE_RESULTS; pages asked for one after another arrive in that order. */
  showMore: () => Promise<void>;
}

/**
 * "Xem thêm kết quả": hands out the results not shown yet, a page at a time. Clicks are
 * queued, so pages of results arrive in order; a page whose search has been superseded
 * by the time its fragments arrive is dropped. `show` gets each page and whether more are
 * left.
 */
export function moreResults<D, R extends { data: () => Promise<D> }>(
  searches: Searches,
  show: (page: D[], more: boolean) => void,
): MoreResults<R> {
  let rest: R[] = [];
  let appending = Promise.resolve();
  return {
    reset: (results) => {
      rest = [...results];
    },
    hasMore: () => rest.length > 0,
    showMore: () =>
      (appending = appending.then(async () => {
        const wanted = searches.current();
        const next = rest.splice(0, MORE_RESULTS);
        if (next.length === 0) return;
        const page = await Promise.all(next.map((result) => result.data()));
        if (wanted()) show(page, rest.length > 0);
      })),
  };
}
