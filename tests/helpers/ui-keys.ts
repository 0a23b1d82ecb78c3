/**
 * How the code reads vi.json, found in its text (tests/unit/i18n/keys.test.ts checks the
 * repo with these). Keys are read three ways:
 *
 * - `t('a.b', …)`: the first argument holds the key as a string literal, or several (a
 *   ternary), or a template literal that builds it from a value (`t(`topics.kind.${kind}`)`);
 * - maps of keys a page hands its script (`{ count: 'search.count' } as const satisfies
 *   Record<string, UiKey>`, given to pickMessages), so browser code never loads vi.json;
 * - `vi['a.b']` where vi.json is imported itself (astro.config.mjs did, before t()).
 */

/**
 * Every string literal (quoted, or a template without `${`) that has a key's shape: dotted
 * segments of letters, digits and hyphens ("search.filter.co-quan").
 */
export function keyLiterals(text: string): string[] {
  return [...text.matchAll(/(['"`])([a-z][\w-]*(?:\.[\w-]+)+)\1/gu)].map((match) => match[2]!);
}

/**
 * The source of each first argument of a t() call: from after "t(" to the comma or
 * parenthesis that closes it at the same depth. `format(`, `x.t(` and `set(` are not t().
 */
export function tArguments(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?<![\w$.])t\(/gu)) {
    let depth = 0;
    let quote: string | null = null;
    let end = match.index + match[0].length;
    for (; end < text.length; end += 1) {
      const char = text[end]!;
      if (quote) {
        if (char === '\\') end += 1;
        else if (char === quote) quote = null;
      } else if (char === "'" || char === '"' || char === '`') quote = char;
      else if ('([{'.includes(char)) depth += 1;
      else if (')]}'.includes(char)) {
        if (depth === 0) break;
        depth -= 1;
      } else if (char === ',' && depth === 0) break;
    }
    found.push(text.slice(match.index + match[0].length, end).trim());
  }
  return found;
}

/** What one t() argument reads: literal keys, and the prefixes of keys it builds from a value. */
export function argumentKeys(argument: string): { keys: string[]; prefixes: string[] } {
  return {
    keys: keyLiterals(argument),
    prefixes: [...argument.matchAll(/`([a-z][\w-]*(?:\.[\w-]+)*\.)\$\{/gu)].map((match) => match[1]!),
  };
}

/** The keys held by the maps a page hands its script: `… as const satisfies Record<string, UiKey>` and inline pickMessages({…}). */
export function messageMapKeys(text: string): string[] {
  const maps = [
    ...text.matchAll(/=\s*\{([^{}]*)\}\s*as const satisfies Record<string, UiKey>/gu),
    ...text.matchAll(/pickMessages\(\s*\{([^{}]*)\}/gu),
  ];
  return maps.flatMap((match) => keyLiterals(match[1]!));
}

/** The names given to pickMessages that are not an inline map: each must name a map messageMapKeys reads. */
export function pickedMapNames(text: string): string[] {
  return [...text.matchAll(/pickMessages\(\s*([A-Za-z_$][\w$]*)\s*\)/gu)].map((match) => match[1]!);
}

/** The names of the maps declared as `NAME = {…} as const satisfies Record<string, UiKey>`. */
export function declaredMapNames(text: string): string[] {
  return [...text.matchAll(/([A-Za-z_$][\w$]*)\s*=\s*\{[^{}]*\}\s*as const satisfies Record<string, UiKey>/gu)].map(
    (match) => match[1]!,
  );
}

/** Keys read as vi['a.b'] from an imported vi.json. */
export function indexedKeys(text: string): string[] {
  return [...text.matchAll(/\bvi\[\s*(['"])([^'"]+)\1\s*\]/gu)].map((match) => match[2]!);
}
