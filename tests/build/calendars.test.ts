import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/t';
import { anniversaryOf } from '../../src/lib/commemorations/anniversary';
import { plainText } from '../../src/lib/text/plain-text';
import { root } from '../helpers/astro-build';
import { allFiles, BASE_PATH, dist, distBase, readDist, requireBuilt } from '../helpers/dist';

/**
 * Every calendar the site writes, in both builds, against RFC 5545 §3.1: lines of at most
 * 75 octets (CRLF excluded) folded between whole UTF-8 characters, so that unfolding gives
 * back exactly the text the events were written from.
 */

interface JsonOccurrence {
  plan: string;
  planId: string;
  id: string;
  label: string;
  task: string;
  who: string[];
  reportTo: string | null;
  quote: string;
  url: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const CRLF = Buffer.from('\r\n');

/** The physical lines of a file, as bytes, each without its CRLF (which must end every line). */
function physicalLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  for (let start = 0; start < bytes.length;) {
    const end = bytes.indexOf(CRLF, start);
    if (end < 0) throw new Error('the file does not end with CRLF');
    lines.push(bytes.subarray(start, end));
    start = end + 2;
  }
  return lines;
}

/** Content lines, unfolded over the bytes (RFC 5545: CRLF followed by one space or tab). */
function unfold(lines: Buffer[]): string[] {
  const logical: Buffer[][] = [];
  for (const line of lines) {
    if (line[0] === 0x20 || line[0] === 0x09) logical.at(-1)!.push(line.subarray(1));
    else logical.push([line]);
  }
  return logical.map((parts) => strictUtf8.decode(Buffer.concat(parts)));
}

/** A TEXT value as RFC 5545 §3.3.11 escapes it, read back. */
const unescapeText = (value: string): string =>
  value.replace(/\\([\\;,nN])/gu, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));

/** The unescaped values of one property in every VEVENT, in file order, read from unfolded lines. */
function rawValues(lines: string[], name: string): string[] {
  return lines.filter((line) => line.startsWith(`${name}:`)).map((line) => unescapeText(line.slice(name.length + 1)));
}

const commemorations = new Map(
  readdirSync(path.join(root, 'content/commemorations'))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const front = /^---\n([\s\S]*?)\n---\n/u.exec(
        readFileSync(path.join(root, 'content/commemorations', name), 'utf8'),
      );
      const data = parseYaml(front![1]!) as { name: string; origin: { year: number } };
      return [name.replace(/\.mdx$/u, ''), data] as const;
    }),
);

/** The summary and description each event must carry, from the JSON feed or the commemorations' sources. */
function expectedTexts(
  dir: string,
  base: string,
  uid: string,
): { summaries: string[]; description: string } | undefined {
  const anniversary = /^ngay-ky-niem-(.+)--(\d{4})@/u.exec(uid);
  if (anniversary) {
    const [, id, year] = anniversary as unknown as [string, string, string];
    const entry = commemorations.get(id);
    if (!entry) return undefined;
    const { number, kind } = anniversaryOf(entry.origin.year, Number(year))!;
    const suffix = kind ? ` (${t(`comm.kind.${kind}`)})` : '';
    return {
      summaries: [`${t('comm.number', { number })} ${entry.name}${suffix}`],
      description: `${base}ngay-ky-niem/${id}/`,
    };
  }
  const key = uid.replace(/@.*$/u, '').replace(/--\d{4}$/u, '');
  const items = (JSON.parse(readDist(dir, 'api/deadlines.json')) as JsonOccurrence[]).filter(
    (item) => `${item.planId}-${item.id}` === key,
  );
  const item = items[0];
  if (!item) return undefined;
  const title = `${item.task} (${item.plan})`;
  return {
    // An occurrence that departs from its rule is titled with what the source says of it.
    summaries: [title, ...items.map((each) => `${title} (${each.label})`)],
    description: [
      `${t('deadline.plan')}: ${item.plan}`,
      `${t('deadline.who')}: ${item.who.join('; ')}`,
      ...(item.reportTo ? [`${t('deadline.reportTo')}: ${item.reportTo}`] : []),
      `“${plainText(item.quote)}”`,
      `${t('deadline.source')}: ${item.url}`,
    ].join('\n'),
  };
}

describe.each([
  { name: 'dist', dir: dist, base: '/' },
  { name: 'dist-base', dir: distBase, base: BASE_PATH },
])('the calendars of $name', ({ dir, base }) => {
  const calendars = allFiles(requireBuilt(dir))
    .filter((file) => file.endsWith('.ics'))
    .map((file) => path.relative(dir, file));

  test('are the site-wide, anniversary and per-plan calendars', () => {
    expect(calendars).toContain('moc-thoi-gian.ics');
    expect(calendars).toContain('ngay-ky-niem.ics');
    expect(calendars.filter((file) => file.startsWith('ke-hoach/')).length).toBeGreaterThanOrEqual(5);
  });

  test.each(calendars)(
    '%s: every line is at most 75 octets of valid UTF-8, and unfolds to the text of its events',
    (file) => {
      const bytes = readFileSync(path.join(dir, file));
      const lines = physicalLines(bytes);
      for (const [index, line] of lines.entries()) {
        expect(line.length, `${file}:${index + 1}`).toBeLessThanOrEqual(75);
        // Folding inside a multi-octet character would leave an invalid sequence at a line's end or start.
        expect(() => strictUtf8.decode(line), `${file}:${index + 1}`).not.toThrow();
        expect(line.includes(0x0d) || line.includes(0x0a), `${file}:${index + 1}`).toBe(false);
      }

      const unfolded = unfold(lines);
      const vevents = new ICAL.Component(ICAL.parse(bytes.toString('utf8')))
        .getAllSubcomponents('vevent')
        .map((vevent) => new ICAL.Event(vevent));
      // A plan without dated deadlines has an empty calendar; the others have events.
      if (!file.startsWith('ke-hoach/')) expect(vevents.length).toBeGreaterThan(0);
      // What a byte-level unfold reads equals what ical.js parses...
      expect(rawValues(unfolded, 'SUMMARY')).toEqual(vevents.map((event) => event.summary));
      expect(rawValues(unfolded, 'DESCRIPTION')).toEqual(vevents.map((event) => event.description));
      expect(rawValues(unfolded, 'UID')).toEqual(vevents.map((event) => event.uid));
      // ...and equals the text the events were written from.
      for (const event of vevents) {
        const expected = expectedTexts(dir, base, event.uid);
        expect(expected, event.uid).toBeDefined();
        expect(expected!.summaries, event.uid).toContain(event.summary);
        expect(event.description, event.uid).toBe(expected!.description);
      }
    },
  );
});
