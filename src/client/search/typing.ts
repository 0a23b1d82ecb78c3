import { TYPING_PAUSE_MS } from '../../lib/search/rank';
import { normaliseQuery } from '../../lib/search/terms';
import type { Pagefind } from './pagefind';
import { endsWord } from './query';
import type { Searches } from './searches';

/**
 * When the search page searches: once the reader pauses typing, at once when the form is
 * sent. Pagefind's own debounced search fetches index chunks for every prefix typed on the
 * way ("m", "ma", "mau s"…): a third of a first search's bytes at 5,000 plans. Searching only
 * once the reader pauses fetches the chunks of the words actually asked for.
 */
export function searchAsTyped(
  form: HTMLFormElement,
  input: HTMLInputElement,
  pagefind: Pagefind,
  searches: Searches,
  run: () => Promise<void>,
): void {
  let pause: ReturnType<typeof setTimeout> | undefined;
  const runAfterPause = () => {
    clearTimeout(pause);
    pause = setTimeout(() => void run(), TYPING_PAUSE_MS);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(pause);
    void run();
  });
  input.addEventListener('input', () => {
    // A search still running is for words the reader has since changed: its results, and
    // the fragments they would fetch, are no longer wanted.
    searches.supersede();
    runAfterPause();
    if (endsWord(input.value)) void pagefind.preload(normaliseQuery(input.value));
  });
  // The reader is about to type: Pagefind's WebAssembly and page list load meanwhile.
  input.addEventListener('focus', () => void pagefind.init(), { once: true });
}
