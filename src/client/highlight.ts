import { findMatches } from '../lib/search/phrase';

/** Elements whose text is not the page's searchable text. */
const SKIPPED = '[data-pagefind-ignore], script, style, noscript, template';

/** Wraps characters [from, to) of a text node in the mark the result excerpts use. */
function wrap(node: Text, from: number, to: number): void {
  if (!node.data.slice(from, to).trim()) return;
  const middle = node.splitText(from);
  middle.splitText(to - from);
  const mark = document.createElement('mark');
  mark.className = 'pagefind-highlight';
  middle.replaceWith(mark);
  mark.append(middle);
}

/**
 * Marks what was searched in a page opened from a search result, by the same rules as the
 * result excerpts (src/lib/search/phrase.ts): the phrase and runs of its words, never a
 * lone syllable of it. The text nodes are read as one text, a line break between each, so
 * a phrase split by a link or an <em> is found; each node then gets its part of a mark.
 */
export function markQuery(root: Element, query: string): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const starts: number[] = [];
  let length = 0;
  for (const node of nodes) {
    starts.push(length);
    length += node.data.length + 1;
  }
  const { ranges } = findMatches(nodes.map((node) => node.data).join('\n'), query);
  // From the last mark back: splitting a node keeps the offsets before the split valid.
  for (const [start, end] of [...ranges].reverse()) {
    for (let index = nodes.length - 1; index >= 0; index -= 1) {
      const node = nodes[index]!;
      const nodeStart = starts[index]!;
      const nodeEnd = nodeStart + node.data.length;
      if (nodeEnd <= start || nodeStart >= end) continue;
      wrap(node, Math.max(start, nodeStart) - nodeStart, Math.min(end, nodeEnd) - nodeStart);
    }
  }
}
