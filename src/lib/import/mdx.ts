/**
 * Writes a plan file in exactly the format of the hand-made plans of content/plans: YAML
 * frontmatter with every string double-quoted, two-space indentation, lists as "- " items,
 * empty lists as [], then the body after a blank line.
 */

type Value = string | number | boolean | null | undefined | Value[] | { [key: string]: Value };

/** A double-quoted YAML scalar: JSON's string syntax is valid YAML and escapes what must be. */
const scalar = (value: string | number | boolean | null): string =>
  typeof value === 'string' ? JSON.stringify(value) : String(value);

const isObject = (value: Value): value is { [key: string]: Value } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function entry(key: string, value: Value, indent: string): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}${key}: []`];
    return [`${indent}${key}:`, ...value.flatMap((item) => listItem(item, `${indent}  `))];
  }
  if (isObject(value))
    return [`${indent}${key}:`, ...Object.entries(value).flatMap(([k, v]) => entry(k, v, `${indent}  `))];
  return [`${indent}${key}: ${scalar(value)}`];
}

function listItem(item: Value, indent: string): string[] {
  if (isObject(item)) {
    const lines = Object.entries(item).flatMap(([k, v]) => entry(k, v, `${indent}  `));
    return lines.length === 0 ? [`${indent}- {}`] : [`${indent}- ${lines[0]!.trimStart()}`, ...lines.slice(1)];
  }
  if (Array.isArray(item)) throw new Error('nested lists are not used in plan frontmatter');
  return [`${indent}- ${scalar(item ?? null)}`];
}

/** The frontmatter block, "---" to "---". */
export function frontmatterYaml(data: Record<string, unknown>): string {
  const lines = Object.entries(data as Record<string, Value>).flatMap(([key, value]) => entry(key, value, ''));
  return `---\n${lines.join('\n')}\n---\n`;
}

/** A whole plan file: frontmatter, a blank line, the body and a final newline. */
export function planFile(frontmatter: Record<string, unknown>, body: string): string {
  return `${frontmatterYaml(frontmatter)}\n${body}\n`;
}
