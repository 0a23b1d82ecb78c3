import type { Period } from './types.ts';

/**
 * The period as printed: "giai đoạn 2021 - 2025" (or "từ năm …") in the title, else a title's
 * "chuyên đề năm 2020" (a plan of one year), else such a range in the body, else a
 * "nhiệm kỳ 2020 - 2025". A person checks it.
 */
export function findPeriod(title: string, body: string): Period | null {
  const range = (pattern: RegExp, text: string) => {
    const match = pattern.exec(text);
    if (!match) return null;
    const from = Number(match[1]);
    const until = Number(match[2] ?? match[1]);
    return from <= until ? { from, until, quote: match[0] } : null;
  };
  return (
    range(/(?:giai đoạn|từ năm)\s+(\d{4})\s*[-–]\s*(\d{4})/u, title) ??
    range(/chuyên đề năm (\d{4})/u, title) ??
    range(/(?:giai đoạn|từ năm)\s+(\d{4})\s*[-–]\s*(\d{4})/u, body) ??
    range(/nhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})/u, `${title} ${body}`)
  );
}
