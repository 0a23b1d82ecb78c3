import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/t';
import { anniversaryOf } from '../../src/lib/commemorations/anniversary';
import { plainText } from '../../src/lib/text/plain-text';
import { root } from '../helpers/astro-build';
import { allFiles, BASE_PATH, dist, distBase, htmlFiles, readDist, requireBuilt } from '../helpers/dist';
import { icsProblems, physicalLines, textValue, unfold } from '../helpers/ics';

/**
 * Every calendar the site writes, in both builds, against RFC 5545: parsed by ical.js, and
 * read strictly (tests/helpers/ics.ts): lines of at most 75 octets (CRLF excluded) folded
 * between whole UTF-8 characters, CRLF line ends only, at least one event, unique UIDs, a
 * DTSTAMP on every event; unfolding gives back exactly the text the events were written
 * from. No page links a calendar that is not there.
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

/** The unescaped values of one property in every VEVENT, in file order, read from unfolded lines. */
function rawValues(lines: string[], name: string): string[] {
  return lines.filter((line) => line.startsWith(`${name}:`)).map((line) => textValue(line.slice(name.length + 1)));
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

  test('are the site-wide and anniversary calendars and one per plan with a dated deadline, no other', () => {
    expect(calendars).toContain('moc-thoi-gian.ics');
    expect(calendars).toContain('ngay-ky-niem.ics');
    const dated = new Set(
      (JSON.parse(readDist(dir, 'api/deadlines.json')) as JsonOccurrence[]).map((item) => item.planId),
    );
    // tra-vinh-147-kh-tu sets only undated work: it has no calendar.
    expect(dated.size).toBeGreaterThanOrEqual(4);
    expect(dated).not.toContain('tra-vinh-147-kh-tu');
    expect(calendars.filter((file) => file.startsWith('ke-hoach/')).sort()).toEqual(
      [...dated].map((id) => `ke-hoach/${id}.ics`).sort(),
    );
  });

  test('every link to a calendar leads to one with events, and every calendar is linked', () => {
    const linked = new Set<string>();
    for (const file of htmlFiles(dir)) {
      for (const link of parse(readFileSync(file, 'utf8')).querySelectorAll('a[href$=".ics"]')) {
        const target = link.getAttribute('href')!;
        expect(target.startsWith(base), `${path.relative(dir, file)}: ${target}`).toBe(true);
        linked.add(target.slice(base.length));
      }
    }
    expect([...linked].sort()).toEqual([...calendars].sort());
    const plan = parse(readDist(dir, 'ke-hoach/tra-vinh-147-kh-tu/index.html'));
    // Its undated work is still listed, without a calendar link.
    expect(plan.getElementById('moc-thoi-gian-ke-hoach')).not.toBeNull();
    expect(plan.querySelectorAll('a[href$=".ics"]')).toEqual([]);
  });

  test.each(calendars)('%s: a strict RFC 5545 calendar with at least one event', (file) => {
    expect(icsProblems(readFileSync(path.join(dir, file)))).toEqual([]);
  });

  test.each(calendars)('%s: unfolds, byte by byte, to what ical.js reads and to the text of its events', (file) => {
    const bytes = readFileSync(path.join(dir, file));
    const unfolded = unfold(physicalLines(bytes)!);
    const vevents = new ICAL.Component(ICAL.parse(bytes.toString('utf8')))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
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
  });
});
