import vi from './vi.json';

export type UiKey = keyof typeof vi;

/**
 * Looks up a UI string and fills its {placeholders}. Every piece of UI text lives in
 * vi.json, so the interface can be reviewed (or translated) in one place.
 */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  const template: string = vi[key];
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
