import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { seriousViolations, useBuiltSite } from '../helpers/e2e';
import { watchForeignRequests } from '../helpers/browser';
import { dist, readDist, requireBuilt } from '../helpers/dist';
import { itemAnchor } from '../../src/lib/deadlines/timeline-view';

const env = useBuiltSite();
const dated: { dueBy: string; planId: string; id: string; form: string | null }[] = JSON.parse(
  readDist(requireBuilt(dist), 'api/deadlines.json'),
);
const PHONE = { width: 360, height: 800 };

/** A 360 px phone whose clock reads `when` (Playwright's clock), on the timeline. */
async function timelineOn(when: string) {
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(when));
  await page.goto(new URL('moc-thoi-gian/', env.site.url).href);
  return { context, page };
}

/** Whether an element's top lies on the first screen. */
const onFirstScreen = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => element.getBoundingClientRect().top < window.innerHeight);

describe('the timeline in Chromium', () => {
  test('marks past deadlines and the next one by the date in Vietnam, not the device zone', async () => {
    // 23:30 on 24/02/2022 in New York is already 25/02/2022 in Hà Nội.
    const context = await env.browser.newContext({
      timezoneId: 'America/New_York',
      viewport: { width: 360, height: 800 },
    });
    const page = await context.newPage();
    const foreign = watchForeignRequests(page, env.site.url);
    await page.clock.setFixedTime(new Date('2022-02-24T23:30:00-05:00'));
    await page.goto(new URL('moc-thoi-gian/', env.site.url).href);
    await expect(page.locator('[data-today]').innerText()).resolves.toBe('Hôm nay: 25/02/2022');
    const past = await page.locator('[data-item][data-past]').count();
    expect(past).toBe(dated.filter((item) => item.dueBy < '2022-02-25').length);
    await expect(page.locator('[data-item][data-next]').count()).resolves.toBe(1);
    await expect(page.locator('[data-item][data-next]').getAttribute('data-due')).resolves.toBe(
      dated.map((item) => item.dueBy).find((due) => due >= '2022-02-25'),
    );
    await expect(page.locator('[data-next] [data-state]').innerText()).resolves.toBe('Sắp tới gần nhất');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(foreign).toEqual([]);
    await context.close();
  });

  test('filters by plan and by who, keeping the choice in the URL', async () => {
    const page = await env.browser.newPage();
    await page.goto(new URL('moc-thoi-gian/', env.site.url).href);
    await page.locator('[data-filter-toggle] > summary').click();
    await page.selectOption('select[name="ke-hoach"]', 'quang-nam-59-kh-duk');
    const shown = await page.locator('[data-item]:visible').count();
    expect(shown).toBe(4);
    expect(page.url()).toContain('ke-hoach=quang-nam-59-kh-duk');
    await page.selectOption('select[name="ke-hoach"]', '*');
    await page.selectOption('select[name="ai-lam"]', 'tay-ninh-duk.to-dang');
    await expect(page.locator('[data-item]:visible').count()).resolves.toBe(12);
    await page.reload();
    // The choice in the URL opens the filters and every year it matches.
    await expect(page.locator('[data-filter-toggle]').getAttribute('open')).resolves.toBe('');
    await expect(page.locator('[data-item]:visible').count()).resolves.toBe(12);
    await page.close();
  });

  test('reads completely without JavaScript', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('moc-thoi-gian/', env.site.url).href);
    await expect(page.locator('[data-item]:visible').count()).resolves.toBe(await page.locator('[data-item]').count());
    await expect(page.locator('[data-timeline-filters]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-filter-toggle]').isVisible()).resolves.toBe(false);
    // Without script the page cannot know today: it says how it is ordered, and claims no "today".
    await expect(page.locator('[data-summary-static]').innerText()).resolves.toContain('đến hạn cuối cùng 31/12/2025');
    await expect(page.locator('[data-today]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-next-list]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-none-ahead]').isVisible()).resolves.toBe(false);
    const dues = await page.locator('[data-item]').evaluateAll((items) => items.map((item) => item.dataset.due));
    const datedDues = dues.filter(Boolean);
    expect(datedDues).toEqual([...datedDues].sort());
    expect(dues.slice(datedDues.length).every((due) => due === '')).toBe(true);
    await expect(page.locator('body').innerText()).resolves.toContain('trước ngày 20/02/2020 → chậm nhất 19/02/2020');
    await context.close();
  });

  test('on 29/11/2026, when every deadline is past, the first screen says so and where to look; past years fold', async () => {
    const { context, page } = await timelineOn('2026-11-29T09:00:00+07:00');
    const none = page.locator('[data-none-ahead]');
    await expect(none.isVisible()).resolves.toBe(true);
    await expect(onFirstScreen(page, '[data-none-ahead]')).resolves.toBe(true);
    const text = await none.innerText();
    expect(text).toContain('Không còn hạn nào phía trước: hạn cuối cùng trong các kế hoạch là ngày 31/12/2025.');
    expect(text).toContain('Không kế hoạch nào còn trong thời kỳ thực hiện.');
    expect(text).toContain('Kế hoạch ban hành gần đây nhất: Kế hoạch số 34-KH/ĐUK');
    expect(text).toContain('Đã hết thời kỳ thực hiện (2021–2025)');
    await expect(none.locator('a[href$="/ke-hoach/tra-vinh-34-kh-duk/"]:visible').count()).resolves.toBe(1);
    await expect(page.locator('[data-next-list]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-summary-static]').isVisible()).resolves.toBe(false);
    // Every year is past: all folded, each with its count; the undated work too.
    const years = await page.locator('details[data-year]').evaluateAll((all) =>
      all.map((year) => ({
        year: year.getAttribute('data-year') ?? '',
        open: (year as HTMLDetailsElement).open,
        summary: year.querySelector('summary')!.textContent!.trim(),
      })),
    );
    expect(years.length).toBeGreaterThan(5);
    for (const { year, open, summary } of years) {
      expect(open, `${year}`).toBe(false);
      if (year) expect(summary).toBe(`Năm ${year} (${dated.filter((item) => item.dueBy.startsWith(year)).length} mốc)`);
    }
    await expect(page.locator('[data-item]:visible').count()).resolves.toBe(0);
    // Filters sit behind one closed control; the page is a couple of screens.
    await expect(page.locator('[data-filter-toggle]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-timeline-filters]').isVisible()).resolves.toBe(false);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(3 * PHONE.height);
    // "Ai làm" lists bodies, each once per issuer, grouped by issuer.
    const whoOptions = await page
      .locator('select[name="ai-lam"] optgroup')
      .evaluateAll((groups) =>
        groups.map((group) => [group.getAttribute('label'), [...group.querySelectorAll('option')].map((o) => o.text)]),
      );
    for (const [, names] of whoOptions) expect(new Set(names).size).toBe(names!.length);
    expect(whoOptions.flatMap(([, names]) => names).length).toBe(17);
    // A link to a deadline in a folded year opens it.
    await page.goto(`${page.url()}#thang-2021-11`);
    await expect(page.locator('details[data-year="2021"]').getAttribute('open')).resolves.toBe('');
    await context.close();
  });

  test('on 01/11/2021 the first screen lists the next five deadlines with the days left; earlier years fold', async () => {
    const { context, page } = await timelineOn('2021-11-01T09:00:00+07:00');
    const next = page.locator('[data-next-list] > li');
    await expect(next.count()).resolves.toBe(5);
    await expect(onFirstScreen(page, '[data-next-list]')).resolves.toBe(true);
    const expected = dated.filter((item) => item.dueBy >= '2021-11-01').slice(0, 5);
    const texts = await next.allInnerTexts();
    expect(texts[0]).toMatch(/^còn 29 ngày · 30\/11\/2021: .+ \(34-KH\/ĐUK\)$/u);
    const hrefs = await next.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(
      expected.map(
        (item) => `#${itemAnchor({ planId: item.planId, occurrence: { deadlineId: item.id, dueBy: item.dueBy } })}`,
      ),
    );
    await expect(page.locator('[data-none-ahead]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-summary-static]').isVisible()).resolves.toBe(false);
    const open = await page
      .locator('details[data-year]')
      .evaluateAll((all) =>
        Object.fromEntries(all.map((year) => [year.getAttribute('data-year'), (year as HTMLDetailsElement).open])),
      );
    expect(open).toMatchObject({ '2020': false, '2021': true, '2022': true, '2025': true, '': false });
    // The first link leads to the deadline, open and marked next.
    await next.first().locator('a').click();
    const target = page.locator(hrefs[0]!);
    await expect(target.isVisible()).resolves.toBe(true);
    await expect(target.getAttribute('data-next')).resolves.toBe('');
    // Plans in their period say so.
    await page.goto(new URL('ke-hoach/tra-vinh-34-kh-duk/', env.site.url).href);
    await expect(page.locator('.plan-meta [data-plan-status]').innerText()).resolves.toBe(
      'Đang thực hiện (thời kỳ 2021–2025)',
    );
    await context.close();
  });

  test('a deadline that names a form links to its guide, on the timeline and on the plan page', async () => {
    const page = await env.browser.newPage();
    await page.goto(new URL('moc-thoi-gian/', env.site.url).href);
    const withForm = dated.filter((item) => item.form !== null);
    expect(withForm.length).toBeGreaterThan(0);
    for (const item of withForm) {
      const anchor = itemAnchor({ planId: item.planId, occurrence: { deadlineId: item.id, dueBy: item.dueBy } });
      const link = page.locator(`#${anchor} a[href$="/bieu-mau/${item.form}/"]`);
      await expect(link.count(), anchor).resolves.toBe(1);
    }
    await page.goto(new URL('ke-hoach/tra-vinh-43-kh-duk/', env.site.url).href);
    await expect(
      page.locator('.plan-deadlines a[href$="/bieu-mau/tra-vinh-43-kh-duk-mau-01/"]').count(),
    ).resolves.toBeGreaterThan(0);
    await page.close();
  });

  test('a plan page lists its deadlines by date, undated work last, one date each; its status follows today', async () => {
    const context = await env.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-29T09:00:00+07:00'));
    await page.goto(new URL('ke-hoach/tra-vinh-34-kh-duk/', env.site.url).href);
    const whens = await page.locator('.plan-deadlines .deadline__when').allInnerTexts();
    const latest = whens.map((when) => /chậm nhất (\d{2})\/(\d{2})\/(\d{4})/u.exec(when));
    const dues = latest.flatMap((match) => (match ? [`${match[3]}-${match[2]}-${match[1]}`] : []));
    expect(dues.length).toBeGreaterThan(20);
    expect(dues).toEqual([...dues].sort());
    // Undated work (no latest day) comes after every dated one.
    const firstUndated = latest.findIndex((match) => match === null);
    if (firstUndated >= 0) expect(latest.slice(firstUndated).every((match) => match === null)).toBe(true);
    expect(whens).toContain('riêng năm 2021 báo cáo trước ngày 15/12/2021 → chậm nhất 14/12/2021');
    expect(whens.join('\n')).not.toContain('hạn cuối');
    await expect(page.locator('.plan-meta [data-plan-status]').innerText()).resolves.toBe(
      'Đã hết thời kỳ thực hiện (2021–2025)',
    );
    await page.goto(new URL('ke-hoach/', env.site.url).href);
    const statuses = await page.locator('.plan-card [data-plan-status]').allInnerTexts();
    expect(statuses).toContain('Đã hết thời kỳ thực hiện (2021–2025)');
    expect(statuses).toContain('Đã hết thời kỳ thực hiện (2020)');
    expect(statuses).toContain('Đã qua hạn cuối cùng (19/05/2020); kế hoạch không ghi thời kỳ thực hiện');
    await context.close();
  });

  test('has no serious accessibility violation and prints on A4, folded years included', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-29T09:00:00+07:00'));
    await page.goto(new URL('moc-thoi-gian/', env.site.url).href);
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').evaluate((el) => getComputedStyle(el).display)).resolves.toBe('none');
    const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true }));
    expect(Math.abs(pdf.getPages()[0]!.getSize().width - 595.9)).toBeLessThan(1.5);
    // Every year is past and folded on screen; the printout still holds all 73 deadlines.
    expect(pdf.getPageCount()).toBeGreaterThan(10);
    await expect(page.locator('details[data-year][open]').count()).resolves.toBe(0);
    await context.close();
  });
});
