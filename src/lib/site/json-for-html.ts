/**
 * A value as JSON to embed in HTML, in a `<script type="application/json">` or an
 * attribute: `<`, `>` and `&` are written as \u003c, \u003e and \u0026, so no text of the
 * value (`</script>`, `<!--`, `&quot;`) can end the element or open a comment, and U+2028
 * and U+2029 as escapes, so the text stays valid if a script ever reads it as JavaScript.
 * JSON.parse gives back exactly the value. Every piece of data a page embeds goes through
 * here.
 */
export function jsonForHtml(value: unknown): string {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError('jsonForHtml: the value has no JSON form');
  return json.replace(
    /[<>&\u2028\u2029]/gu,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
