import { describe, expect, test } from 'vitest';
import { moreResults } from '../../../../src/client/search/more-results';
import { Searches } from '../../../../src/client/search/searches';
import { MORE_RESULTS } from '../../../../src/lib/search/rank';

/** Results whose data arrives when the test says so, last asked first if it likes. */
function results(count: number) {
  const pending: (() => void)[] = [];
  const list = Array.from({ length: count }, (_, index) => ({
    data: () => new Promise<number>((resolve) => pending.push(() => resolve(index))),
  }));
  const releaseAll = () => {
    while (pending.length > 0) pending.pop()!();
  };
  return { list, releaseAll, pending };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('more results', () => {
  test('are handed out a page at a time, saying whether more are left', async () => {
    const { list, releaseAll } = results(MORE_RESULTS + 3);
    const shown: [number[], boolean][] = [];
    const more = moreResults<number, (typeof list)[number]>(new Searches(), (page, left) => shown.push([page, left]));
    more.reset(list);
    const first = more.showMore();
    await tick();
    releaseAll();
    await first;
    const second = more.showMore();
    await tick();
    releaseAll();
    await second;
    await more.showMore(); // nothing left: nothing shown
    expect(shown.map(([page, left]) => [page.length, left])).toEqual([
      [MORE_RESULTS, true],
      [3, false],
    ]);
    expect(shown.flatMap(([page]) => page)).toEqual(list.map((_, index) => index));
    expect(more.hasMore()).toBe(false);
  });

  test('pages asked for in a row arrive in order, even when the later fragments come first', async () => {
    const { list, releaseAll } = results(2 * MORE_RESULTS);
    const shown: number[][] = [];
    const more = moreResults<number, (typeof list)[number]>(new Searches(), (page) => shown.push(page));
    more.reset(list);
    const both = Promise.all([more.showMore(), more.showMore()]);
    for (let round = 0; round < 4; round += 1) {
      await tick();
      releaseAll();
    }
    await both;
    expect(shown.map((page) => page[0])).toEqual([0, MORE_RESULTS]);
  });

  test('a page for a search the reader has since changed is dropped', async () => {
    const { list, releaseAll } = results(MORE_RESULTS);
    const shown: number[][] = [];
    const searches = new Searches();
    const more = moreResults<number, (typeof list)[number]>(searches, (page) => shown.push(page));
    more.reset(list);
    const asked = more.showMore();
    await tick();
    searches.supersede();
    releaseAll();
    await asked;
    expect(shown).toEqual([]);
  });
});

describe('searches', () => {
  test('a newer search, or new words, supersede the one running', () => {
    const searches = new Searches();
    const first = searches.start();
    expect(first()).toBe(true);
    const second = searches.start();
    expect([first(), second()]).toEqual([false, true]);
    const page = searches.current();
    searches.supersede();
    expect([second(), page()]).toEqual([false, false]);
  });
});
