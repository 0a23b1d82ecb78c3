import vi from './vi.json';
import { format } from './format';

export type UiKey = keyof typeof vi;

/**
 * Looks up a UI string and fills its {placeholders}. Every piece of UI text lives in
 * vi.json, so the interface can be reviewed (or translated) in one place.
 */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return format(vi[key], values);
}

/**
 * The UI strings a page hands its script, by the names the script uses ({ count:
 * 'search.count' } → { count: '… kết quả …' }), in the order given. The script reads them
 * with translator() from format.ts, so vi.json itself never goes to the browser.
 */
export function pickMessages<N extends string>(keys: Readonly<Record<N, UiKey>>): Record<N, string> {
  return Object.fromEntries(Object.entries<UiKey>(keys).map(([name, key]) => [name, t(key)])) as Record<N, string>;
}
