/**
 * Fills a UI string's {placeholders}; a placeholder without a value is left as written, so
 * a forgotten value shows instead of vanishing. This is t() without vi.json: browser code
 * formats the strings its page hands it with the same rule (vi.json whole would be 4 KB
 * gzipped on every page that has a script).
 */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * t() for browser code: the strings its page embedded (by pickMessages in t.ts), looked up
 * by the names the script uses and filled like t().
 */
export function translator<N extends string>(
  messages: Readonly<Record<N, string>>,
): (name: N, values?: Record<string, string | number>) => string {
  return (name, values) => format(messages[name], values);
}
