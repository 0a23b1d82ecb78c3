import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { parsePlaceDateLine } from '../../src/lib/text/vietnamese-date';
import { slugify } from '../../src/lib/text/slug';
import { DEFAULT_PLANS_PER_PAGE } from '../../src/config';
import { UNDATED_YEAR } from '../../src/lib/site/routes';
import { BASE_PATH, dist, distBase, readDist, requireBuilt } from '../helpers/dist';
import { readPlanSources } from '../helpers/plans';

const plans = readPlanSources();
const provinceOf = (plan: (typeof plans)[number]) => slugify(plan.frontmatter.province);
const yearOf = (plan: (typeof plans)[number]) =>
  plan.frontmatter.dateLine ? parsePlaceDateLine(plan.frontmatter.dateLine).iso.slice(0, 4) : UNDATED_YEAR;

interface ListPage {
  /** Path of the page under the list, e.g. "ke-hoach/tinh/tra-vinh/trang-2/". */
  path: string;
  html: HTMLElement;
  /** Plan ids in the order listed. */
  ids: string[];
}

/** The pages of one list (page 1, then trang-2/, trang-3/… until there is none). */
function listPages(dir: string, base: string, listPath: string): ListPage[] {
  const pages: ListPage[] = [];
  for (let n = 1; ; n += 1) {
    const pagePath = n === 1 ? listPath : `${listPath}trang-${n}/`;
    if (!existsSync(path.join(dir, pagePath, 'index.html'))) break;
    const html = parse(readDist(dir, `${pagePath}index.html`));
    const ids = html
      .querySelectorAll('.plan-list .plan-card__heading a')
      .map((link) => /\/ke-hoach\/([^/]+)\/$/u.exec(link.getAttribute('href')!.replace(base, '/'))![1]!);
    pages.push({ path: pagePath, html, ids });
  }
  return pages;
}

const scripts = (html: HTMLElement) => html.querySelectorAll('script[src]').map((script) => script.getAttribute('src'));
const subfolders = (dir: string, relative: string) =>
  readdirSync(path.join(dir, relative), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('trang-'))
    .map((entry) => entry.name)
    .sort();

describe.each([
  { name: 'dist/', dir: dist, base: '/', size: DEFAULT_PLANS_PER_PAGE },
  { name: `the sub-path build (${BASE_PATH}, 2 plans a page)`, dir: distBase, base: BASE_PATH, size: 2 },
])('plan lists in $name', ({ dir, base, size }) => {
  requireBuilt(dir);
  const all = listPages(dir, base, 'ke-hoach/');

  test('every plan appears exactly once across the /ke-hoach/ pages, newest first', () => {
    const ids = all.flatMap((page) => page.ids);
    expect([...ids].sort()).toEqual(plans.map((plan) => plan.id).sort());
    expect(all).toHaveLength(Math.ceil(plans.length / size));
    // Newest first: undated plans last.
    const years = ids.map((id) => yearOf(plans.find((plan) => plan.id === id)!));
    const dated = years.filter((year) => year !== UNDATED_YEAR);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(years.slice(dated.length).every((year) => year === UNDATED_YEAR)).toBe(true);
  });

  test('each province page lists exactly that province’s plans, each once', () => {
    const expected = [...new Set(plans.map(provinceOf))].sort();
    expect(subfolders(dir, 'ke-hoach/tinh')).toEqual(expected);
    for (const province of expected) {
      const ids = listPages(dir, base, `ke-hoach/tinh/${province}/`).flatMap((page) => page.ids);
      expect(ids.sort(), province).toEqual(
        plans
          .filter((plan) => provinceOf(plan) === province)
          .map((plan) => plan.id)
          .sort(),
      );
    }
  });

  test('each year page (and the undated one) lists exactly that year’s plans, each once', () => {
    const expected = [...new Set(plans.map(yearOf))].sort();
    expect(subfolders(dir, 'ke-hoach/nam')).toEqual(expected);
    expect(expected).toContain(UNDATED_YEAR);
    for (const year of expected) {
      const ids = listPages(dir, base, `ke-hoach/nam/${year}/`).flatMap((page) => page.ids);
      expect(ids.sort(), year).toEqual(
        plans
          .filter((plan) => yearOf(plan) === year)
          .map((plan) => plan.id)
          .sort(),
      );
    }
  });

  test('no page holds more plans than the page size, and pages chain with rel prev/next', () => {
    const lists = [
      'ke-hoach/',
      ...subfolders(dir, 'ke-hoach/tinh').map((slug) => `ke-hoach/tinh/${slug}/`),
      ...subfolders(dir, 'ke-hoach/nam').map((slug) => `ke-hoach/nam/${slug}/`),
    ];
    // The 404 page has no script of its own (the home page has one: the next deadline and anniversary).
    const siteScript = scripts(parse(readDist(dir, '404.html')));
    expect(siteScript).toHaveLength(1);
    for (const list of lists) {
      const pages = listPages(dir, base, list);
      pages.forEach((page, index) => {
        expect(page.ids.length, page.path).toBeGreaterThan(0);
        expect(page.ids.length, page.path).toBeLessThanOrEqual(size);
        const prev = page.html.querySelector('link[rel="prev"]')?.getAttribute('href');
        const next = page.html.querySelector('link[rel="next"]')?.getAttribute('href');
        expect(prev, page.path).toBe(index > 0 ? base + pages[index - 1]!.path : undefined);
        expect(next, page.path).toBe(index < pages.length - 1 ? base + pages[index + 1]!.path : undefined);
        const pager = page.html.querySelector('nav.pager');
        if (pages.length === 1) expect(pager, page.path).toBeNull();
        else {
          expect(pager!.querySelector('[aria-current="page"]')!.getAttribute('aria-label')).toBe(`Trang ${index + 1}`);
          expect(pager!.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(next);
          expect(pager!.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(prev);
        }
        // No filter or sort code: only the script every page shares (src/client/site.ts), which
        // also says whether each plan is in force on the reader's day.
        expect(scripts(page.html), page.path).toEqual(siteScript);
      });
    }
  });

  test('/ke-hoach/tinh/ and /ke-hoach/nam/ link every province and year with its count', () => {
    for (const [folder, keyOf] of [
      ['tinh', provinceOf],
      ['nam', yearOf],
    ] as const) {
      const html = parse(readDist(dir, `ke-hoach/${folder}/index.html`));
      const links = html.querySelectorAll('.group-index > li > a').map((link) => link.getAttribute('href'));
      expect(links.sort()).toEqual(
        subfolders(dir, `ke-hoach/${folder}`).map((slug) => `${base}ke-hoach/${folder}/${slug}/`),
      );
      const counts = html
        .querySelectorAll('.group-index > li > a')
        .map((link) => Number(/\((\d+)\)$/u.exec(link.text.trim())![1]));
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(plans.length);
      const crumbs = parse(readDist(dir, `ke-hoach/${folder}/${keyOf(plans[0]!)}/index.html`)).querySelectorAll(
        '.breadcrumb a',
      );
      expect(crumbs.map((link) => link.getAttribute('href'))).toContain(`${base}ke-hoach/${folder}/`);
    }
  });

  test('every list page links each province and year with its count, and the search page for the rest', () => {
    const html = all[0]!.html;
    const facets = html.querySelector('nav.plan-facets')!;
    const links = facets.querySelectorAll('a').map((link) => [link.getAttribute('href'), link.text.trim()]);
    for (const province of new Set(plans.map((plan) => plan.frontmatter.province as string))) {
      const count = plans.filter((plan) => plan.frontmatter.province === province).length;
      // Labelled with today's unit too (the wording: tests/build/province-names.test.ts).
      const label = links.find(([href]) => href === `${base}ke-hoach/tinh/${slugify(province)}/`)?.[1];
      expect(label).toMatch(new RegExp(`^${province}, nay .+ \\(${count}\\)$`, 'u'));
    }
    const undated = plans.filter((plan) => yearOf(plan) === UNDATED_YEAR).length;
    expect(links).toContainEqual([`${base}ke-hoach/nam/${UNDATED_YEAR}/`, `Không ghi ngày (${undated})`]);
    const search = new URL(facets.querySelector('.plan-facets__search a')!.getAttribute('href')!, 'http://x');
    expect(search.pathname).toBe(`${base}tim-kiem/`);
    expect(search.searchParams.get('loai')).toBe('Kế hoạch');
    const province = parse(readDist(dir, 'ke-hoach/tinh/tay-ninh/index.html'));
    const narrowed = new URL(province.querySelector('.plan-facets__search a')!.getAttribute('href')!, 'http://x');
    expect(Object.fromEntries(narrowed.searchParams)).toEqual({ loai: 'Kế hoạch', tinh: 'Tây Ninh' });
  });
});
