/**
 * Matches of a pattern that opens with a trigger word and then crosses a gap of one kind of
 * characters lazily ("gửi … về Ban …", "dịp … (19/5/1890 - 19/5/2020)"), found in linear time.
 *
 * A regular expression tries every trigger in turn and runs the gap from each to the end of
 * its stretch, so a long stretch holding many triggers and no match costs quadratic time
 * (minutes on a 100,000-character paragraph). Yet when the first trigger of a stretch finds
 * no match, none after it in that stretch can: the first one's gap could take them in and
 * reach the same places. So after a failed trigger the rest of its stretch is skipped, and
 * the matches are those the pattern finds by itself with the `g` flag.
 *
 * `trigger` matches exactly the pattern's opening words; `pattern` is the whole match;
 * `stop` matches one character the gap cannot cross; `accept`, when given, may turn a match
 * down as if the pattern had failed (it must then fail for every later trigger of the
 * stretch too, as the pattern does). Each expression is used with its own flags plus `g`
 * (or `y` for the pattern), on copies, so callers may share them.
 */
export function* stretchMatches(
  text: string,
  trigger: RegExp,
  pattern: RegExp,
  stop: RegExp,
  accept: (match: RegExpExecArray) => boolean = () => true,
): Generator<RegExpExecArray, void, undefined> {
  const triggers = new RegExp(trigger.source, `${trigger.flags.replace(/[gy]/gu, '')}g`);
  const whole = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/gu, '')}y`);
  const stops = new RegExp(stop.source, `${stop.flags.replace(/[gy]/gu, '')}g`);
  for (let found = triggers.exec(text); found; found = triggers.exec(text)) {
    whole.lastIndex = found.index;
    const match = whole.exec(text);
    if (match && accept(match)) {
      yield match;
      triggers.lastIndex = Math.max(whole.lastIndex, found.index + 1);
    } else {
      stops.lastIndex = found.index;
      triggers.lastIndex = Math.max(stops.exec(text)?.index ?? text.length, found.index + 1);
    }
  }
}

/** The first match of stretchMatches, or null. */
export function firstStretchMatch(
  text: string,
  trigger: RegExp,
  pattern: RegExp,
  stop: RegExp,
  accept?: (match: RegExpExecArray) => boolean,
): RegExpExecArray | null {
  for (const match of stretchMatches(text, trigger, pattern, stop, accept)) return match;
  return null;
}
