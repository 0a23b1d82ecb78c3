/**
 * Word's automatic numbering (numbering.xml): each list's levels, and the label Word prints
 * before each numbered paragraph ("I-", "2.1.", "a)"), counted as the document goes.
 */
import type { Element } from '@xmldom/xmldom';
import { attr, child, childElements, parseXml } from './xml.ts';

interface Level {
  start: number;
  format: string;
  text: string;
}
export interface Numbering {
  levels: Map<string, Map<number, Level>>;
  /** Per numId: its abstract levels with the instance's overrides applied. */
  counters: Map<string, number[]>;
}

/** Every list's levels, by numId, with the instance's overrides applied. */
export function readNumbering(xml: string | undefined): Map<string, Map<number, Level>> {
  const result = new Map<string, Map<number, Level>>();
  if (!xml) return result;
  const root = parseXml(xml);
  const abstract = new Map<string, Map<number, Level>>();
  const readLevel = (lvl: Element, fallback?: Level): Level => ({
    start: Number(attr(child(lvl, 'start'), 'val') ?? fallback?.start ?? 1),
    format: attr(child(lvl, 'numFmt'), 'val') ?? fallback?.format ?? 'decimal',
    text: attr(child(lvl, 'lvlText'), 'val') ?? fallback?.text ?? '',
  });
  for (const node of childElements(root, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const lvl of childElements(node, 'lvl')) levels.set(Number(attr(lvl, 'ilvl')), readLevel(lvl));
    abstract.set(attr(node, 'abstractNumId') ?? '', levels);
  }
  for (const num of childElements(root, 'num')) {
    const levels = new Map(abstract.get(attr(child(num, 'abstractNumId'), 'val') ?? '') ?? []);
    for (const override of childElements(num, 'lvlOverride')) {
      const ilvl = Number(attr(override, 'ilvl'));
      const base = levels.get(ilvl);
      const lvl = child(override, 'lvl');
      const level = lvl ? readLevel(lvl, base) : base;
      if (!level) continue;
      const start = attr(child(override, 'startOverride'), 'val');
      levels.set(ilvl, { ...level, ...(start !== null ? { start: Number(start) } : {}) });
    }
    result.set(attr(num, 'numId') ?? '', levels);
  }
  return result;
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}
function letters(n: number): string {
  // Word's letter numbering: a…z, then aa…zz.
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}
/** A counter printed in a level's format. */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** The label Word prints for the next paragraph of list numId at level ilvl ("I-", "2.1.", "a)"). */
export function nextLabel(numbering: Numbering, numId: string, ilvl: number): string | null {
  const levels = numbering.levels.get(numId);
  const level = levels?.get(ilvl);
  if (!levels || !level || numId === '0') return null;
  const counters = numbering.counters.get(numId) ?? [];
  counters[ilvl] = counters[ilvl] === undefined ? level.start : counters[ilvl] + 1;
  counters.length = ilvl + 1;
  numbering.counters.set(numId, counters);
  if (level.format === 'bullet') {
    // Symbol-font bullets are private-use characters; a Party document prints a dash.
    return /^[\uE000-\uF8FF•·▪●○■-]?$/u.test(level.text) ? '-' : level.text;
  }
  return level.text.replace(/%(\d)/gu, (_, k: string) => {
    const i = Number(k) - 1;
    const lvl = levels.get(i);
    return formatCounter(counters[i] ?? lvl?.start ?? 1, i === ilvl ? level.format : (lvl?.format ?? 'decimal'));
  });
}
