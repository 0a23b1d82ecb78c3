import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildWithContent, root } from '../helpers/astro-build';
import { loadPagefind } from '../helpers/pagefind-node';

/**
 * Content cannot attack readers: the injection fixture puts the same text into every string
 * field of a plan, a topic, a commemoration and a form (tests/fixtures/content/injection:
 * "@P@" in the frontmatter, "@B@" in the bodies of the plan and the form; topics and
 * commemorations have none, tests/build/bodies.test.ts). It is built once with markup that tries to
 * break out of every context a page embeds text in, and once with harmless words that give
 * the same slugs; every page of both builds must have the same elements and attributes.
 *
 * Fields that cannot take the text, because their schema takes only a number, a date, an
 * enum, an id or a file name: the plan's number, dateLine and source, the ids of plans,
 * topics, forms, deadlines and paragraphs (implementsPlans, topics, form, plan, planAnchor,
 * deadlines[].id), dates, numbers and booleans (origin, attachment, rule, colSpan…),
 * `kind`/`scope`, and the form's number and source.
 */
const ATTACK = '</script><!--"><img src=x onerror=alert(1)><meta http-equiv=refresh content=0;url=/x>';
/** The same slug as ATTACK ("script-img-src-x-onerror-alert-1-meta-http-…"), so both builds write the same files. */
const HARMLESS = 'script img src x onerror alert 1 meta http equiv refresh content 0 url x';

const template = path.join(root, 'tests/fixtures/content/injection');

/** The fixture with `value` in every field: YAML double-quoted in frontmatter, escaped Markdown in bodies. */
function fixtureWith(value: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'so-tay-injection-'));
  cpSync(template, folder, { recursive: true });
  const yaml = value.replace(/["\\]/gu, '\\$&');
  const markdown = value.replace(/[<>{}[\]*_\\]/gu, '\\$&');
  const files = [
    ...['plans', 'topics', 'commemorations', 'forms'].flatMap((collection) =>
      readdirSync(path.join(folder, collection)).map((name) => path.join(folder, collection, name)),
    ),
    path.join(folder, 'actors.yaml'),
    path.join(folder, 'provinces.yaml'),
  ];
  for (const file of files) {
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replaceAll('@P@', () => yaml)
        .replaceAll('@B@', () => markdown),
    );
  }
  return folder;
}

function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) return htmlFiles(dir, relative);
    return entry.name.endsWith('.html') ? [relative] : [];
  });
}

/** Every element of a page in document order, as its tag and attribute names: what an injection would change. */
function shape(html: string): string[] {
  return parse(html, { comment: true })
    .querySelectorAll('*')
    .map((element: HTMLElement) => `${element.rawTagName}[${Object.keys(element.attributes).sort().join(' ')}]`);
}

describe('text in content cannot add elements, attributes or script to a page', () => {
  const builds: Record<'attack' | 'harmless', { outDir: string; status: number | null; output: string }> = {} as never;
  const folders: string[] = [];

  beforeAll(() => {
    for (const [kind, value] of [
      ['attack', ATTACK],
      ['harmless', HARMLESS],
    ] as const) {
      const folder = fixtureWith(value);
      folders.push(folder);
      builds[kind] = buildWithContent(folder, {}, { keepOutput: true });
    }
  });

  afterAll(() => {
    for (const folder of [...folders, ...Object.values(builds).map((build) => build.outDir)]) {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('both fixtures build', () => {
    expect(builds.harmless.output).not.toMatch(/(?<!on)error/iu);
    expect(builds.harmless.status).toBe(0);
    expect(builds.attack.output).not.toMatch(/(?<!on)error/iu);
    expect(builds.attack.status).toBe(0);
  });

  test('every page has the same elements and attributes, in the same order, as with harmless text', () => {
    const pages = htmlFiles(builds.harmless.outDir).sort();
    expect(htmlFiles(builds.attack.outDir).sort()).toEqual(pages);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const read = (dir: string) => readFileSync(path.join(dir, page), 'utf8');
      expect(shape(read(builds.attack.outDir)), page).toEqual(shape(read(builds.harmless.outDir)));
    }
  });

  test('the text is on the pages as text: no event handler, no <img src=x>, no refresh, the same number of scripts', () => {
    let shown = 0;
    for (const page of htmlFiles(builds.attack.outDir)) {
      const html = readFileSync(path.join(builds.attack.outDir, page), 'utf8');
      const document = parse(html, { comment: true });
      expect(document.querySelectorAll('img[src="x"]'), page).toEqual([]);
      // A <meta http-equiv="refresh"> would navigate away, whatever the CSP says; the page's one http-equiv is its policy.
      expect(
        document.querySelectorAll('meta[http-equiv]').map((meta) => meta.getAttribute('http-equiv')),
        page,
      ).toEqual(['Content-Security-Policy']);
      for (const element of document.querySelectorAll('*')) {
        expect(
          Object.keys(element.attributes).filter((name) => /^on/iu.test(name)),
          page,
        ).toEqual([]);
      }
      if (document.textContent.includes(ATTACK)) shown += 1;
    }
    // The plan, topic, commemoration and form pages, lists, timeline… all show it.
    expect(shown).toBeGreaterThan(5);
  });

  test("the fill-in page's data parses and holds the form's text exactly", () => {
    const page = htmlFiles(builds.attack.outDir).find((file) => file.endsWith(path.join('dien', 'index.html')));
    expect(page).toBeDefined();
    const html = readFileSync(path.join(builds.attack.outDir, page ?? ''), 'utf8');
    const data = parse(html).querySelector('script#form-data');
    expect(data).not.toBeNull();
    const payload = JSON.parse(data?.textContent ?? '') as { name: string; document: { type: string } };
    expect(payload.name).toBe(ATTACK);
    expect(payload.document.type).toBe(ATTACK);
    // Nothing in the embedded JSON can end the script element or open a comment.
    expect(data?.textContent).not.toMatch(/<|>|&/u);
  });

  test('search excerpts, which the search page puts in as HTML, hold the text escaped, with only <mark> around matches', async () => {
    const pagefind = await loadPagefind(builds.attack.outDir);
    try {
      const results = await pagefind.search('onerror');
      expect(results.length).toBeGreaterThan(3);
      // The words are there, as text.
      expect(results.some((result) => parse(result.excerpt).text.includes('<img src=x onerror'))).toBe(true);
      for (const result of results) {
        const excerpt = parse(result.excerpt, { comment: true });
        expect(
          excerpt.querySelectorAll('*').map((element) => element.rawTagName),
          result.url,
        ).toEqual(excerpt.querySelectorAll('mark').map(() => 'mark'));
      }
    } finally {
      await pagefind.close();
    }
  });
});
