import { describe, expect, test } from 'vitest';
import { seriousViolations, useBuiltSite } from '../helpers/e2e';
import { watchForeignRequests } from '../helpers/browser';
import { BASE_PATH, distBase, requireBuilt } from '../helpers/dist';
import { serveStatic } from '../helpers/static-server';
import { FIRST_RESULTS, MORE_RESULTS } from '../../src/lib/search/rank';

const env = useBuiltSite();

describe('searching in Chromium', () => {
  test('"/" focuses the header search box and Enter opens the search page with results', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    const foreign = watchForeignRequests(page, env.site.url);
    await page.goto(new URL('ke-hoach/', env.site.url).href);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-input');
    await page.keyboard.type('dai doan ket');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=dai/u);
    await page.locator('.search-result').first().waitFor();
    await expect(page.locator('[data-search-status]').innerText()).resolves.toMatch(/^\d+ kết quả cho “dai doan ket”/u);
    const titles = await page.locator('.search-result__title').allInnerTexts();
    expect(titles.some((title) => title.replace(/\s+/gu, ' ').startsWith('Kế hoạch số 147-KH/TU — '))).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(foreign).toEqual([]);
    await page.close();
  });

  test('filters narrow the results, and a result opens on its section with the terms marked', async () => {
    const page = await env.browser.newPage();
    await page.goto(new URL('tim-kiem/?q=Tua%20Hai', env.site.url).href);
    await page.locator('.search-result').first().waitFor();
    await page.locator('[data-search-filters-box] summary').click();
    await page.locator('select[name="tinh"] option[value="Tây Ninh"]').waitFor({ state: 'attached' });
    await page.selectOption('select[name="tinh"]', 'Tây Ninh');
    await expect.poll(() => page.locator('.search-result').count()).toBe(2); // the plan and Chiến thắng Tua Hai
    await page.selectOption('select[name="loai"]', 'Kế hoạch');
    await expect.poll(() => page.locator('.search-result').count()).toBe(1);
    expect(page.url()).toContain('tinh=');
    const section = page.locator('.search-result__sections a').first();
    const href = (await section.getAttribute('href'))!;
    expect(href).toMatch(/tu-khoa=.*#/u);
    await section.click();
    await page.waitForURL(/ke-hoach\/tay-ninh-28-kh-duk/u);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    const marked = await page.locator('mark.pagefind-highlight').allInnerTexts();
    expect(marked.length).toBeGreaterThan(0);
    // The phrase is marked as one, never "hai" alone (issue 16).
    expect(marked.every((text) => /^tua hai$/iu.test(text))).toBe(true);
    await page.close();
  });

  test('filter data is fetched only when the reader opens the filters, or arrives with one in the URL', async () => {
    const page = await env.browser.newPage();
    const filterRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/filter/')) filterRequests.push(request.url());
    });
    await page.goto(new URL('tim-kiem/?q=dai%20doan%20ket', env.site.url).href);
    await page.locator('.search-result').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(filterRequests).toEqual([]);
    await page.locator('[data-search-filters-box] summary').click();
    await page.locator('select[name="loai"] option[value="Kế hoạch"]').waitFor({ state: 'attached' });
    expect(filterRequests.length).toBeGreaterThan(0);

    await page.goto(new URL('tim-kiem/?q=Tua%20Hai&tinh=T%C3%A2y%20Ninh', env.site.url).href);
    // Polls wait longer than vitest's 1 s default: the filters arrive after the page's script
    // has loaded Pagefind, which on a loaded 2-core machine can take several seconds.
    await expect.poll(() => page.locator('select[name="tinh"]').inputValue(), { timeout: 15_000 }).toBe('Tây Ninh');
    await expect
      .poll(() => page.locator('[data-search-filters-box]').evaluate((box) => (box as HTMLDetailsElement).open), {
        timeout: 15_000,
      })
      .toBe(true);
    await page.close();
  });

  test('a typed phrase is searched once the reader pauses, fetching a fragment only for each result shown', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    const from = env.site.sent.length;
    const fragments = () => env.site.sent.slice(from).filter((file) => file.path.endsWith('.pf_fragment')).length;
    await page.goto(new URL('tim-kiem/', env.site.url).href);
    await page.locator('#search-query').pressSequentially('đại đoàn kết', { delay: 20 });
    // On a busy machine a pause between two keys searches a prefix ("đại đoàn") first: wait
    // for the status of the whole phrase, not for the first result of any query.
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/^\d+ kết quả cho “đại đoàn kết”/u);
    await page.waitForLoadState('networkidle');
    const total = Number(/^(\d+) kết quả cho “đại đoàn kết”/u.exec(await status.innerText())?.[1]);
    expect(total).toBeGreaterThan(FIRST_RESULTS);
    // Re-ranked by the positions of the words: the pages holding the phrase first, and
    // no fragment fetched for pages not shown or for the words on the way ("đ", "đại đ"…).
    await expect.poll(() => page.locator('.search-result').count()).toBe(FIRST_RESULTS);
    expect(fragments()).toBe(FIRST_RESULTS);
    const first = await page.locator('.search-result__title').first().innerText();
    expect(first).toMatch(/đại đoàn kết/iu);

    await page.locator('[data-search-more]').focus();
    await page.keyboard.press('Enter');
    const expected = Math.min(total, FIRST_RESULTS + MORE_RESULTS);
    await expect.poll(() => page.locator('.search-result').count()).toBe(expected);
    // The keyboard lands on the first of the results it asked for.
    const firstAdded = page.locator('.search-result').nth(FIRST_RESULTS).locator('a').first();
    await expect.poll(() => firstAdded.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(fragments()).toBe(expected);
    expect(await page.locator('[data-search-more]').isHidden()).toBe(total <= expected);
    await page.close();
  });

  test('a query with no match says so and suggests what to try', async () => {
    const page = await env.browser.newPage();
    await page.goto(new URL('tim-kiem/?q=xyzzyqwv', env.site.url).href);
    await page.waitForFunction(() =>
      document.querySelector('[data-search-status]')?.textContent?.includes('Không tìm thấy'),
    );
    await expect(page.locator('[data-search-status]').innerText()).resolves.toContain('gõ không dấu');
    await page.close();
  });

  test('without JavaScript the search page says why it cannot search', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('tim-kiem/?q=dang', env.site.url).href);
    await expect(page.locator('noscript').count()).resolves.toBe(1);
    await expect(page.locator('body').innerText()).resolves.toContain('cần bật JavaScript');
    await context.close();
  });

  test('the search page has no serious accessibility violation with results shown', async () => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(new URL('tim-kiem/?q=mo%20hinh', env.site.url).href);
    await page.locator('.search-result').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  test(`works under the sub-path ${BASE_PATH}`, async () => {
    const sub = await serveStatic(requireBuilt(distBase), BASE_PATH);
    const page = await env.browser.newPage();
    await page.goto(`${sub.url}tim-kiem/?q=34%20kh%20duk`);
    await page.locator('.search-result').first().waitFor();
    const href = await page.locator('.search-result__title a').first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^${BASE_PATH}ke-hoach/tra-vinh-34-kh-duk/`, 'u'));
    await page.close();
    await sub.close();
  });
});

describe.each([360, 1280])('the search page at %i px', (width) => {
  const open = async (query: string) => {
    const context = await env.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(new URL(`tim-kiem/?q=${encodeURIComponent(query)}`, env.site.url).href);
    await page.locator('.search-result').first().waitFor();
    return page;
  };

  test('shows one search box, which "/" focuses', async () => {
    const page = await open('dai doan ket');
    await expect(page.locator('input[type="search"]').count()).resolves.toBe(1);
    await expect(page.locator('form[role="search"]').count()).resolves.toBe(1);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-query');
    await page.context().close();
  });

  test('result titles take at most three lines, the document number always shown', async () => {
    const page = await open('dai doan ket');
    const titles = await page.locator('.search-result__title').evaluateAll((headings) =>
      headings.map((heading) => {
        const lineHeight = Number.parseFloat(getComputedStyle(heading).lineHeight);
        const lead = heading.querySelector('.search-result__lead');
        const name = heading.querySelector('.search-result__name')!;
        return {
          lines: Math.round(heading.getBoundingClientRect().height / lineHeight),
          lead: lead?.textContent ?? null,
          leadShown: lead ? lead.getBoundingClientRect().height > 0 : true,
          // Clamped, never cut mid-line: the name's box ends on a whole line.
          clamped: name.scrollHeight > name.clientHeight,
        };
      }),
    );
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title.lines).toBeLessThanOrEqual(3);
    expect(titles.filter((title) => title.lead).map((title) => title.lead)).toContain('Kế hoạch số 147-KH/TU — ');
    expect(titles.every((title) => title.leadShown)).toBe(true);
    // At 360 px the plans' long titles are clamped; the whole title is still the link's text.
    if (width === 360) expect(titles.some((title) => title.clamped)).toBe(true);
    const linkText = await page.locator('.search-result__title a', { hasText: '147-KH/TU' }).first().textContent();
    expect(linkText).toMatch(/^Kế hoạch số 147-KH\/TU — Thực hiện chuyên đề năm 2020 “Tăng cường khối đại đoàn kết/u);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('excerpts mark the phrase, never a lone syllable of it, and show the sentence that matched', async () => {
    const page = await open('han nop bao cao');
    const marks = await page.locator('.search-result__excerpt mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    // Issue 16: "cao" of "nâng cao" was marked.
    expect(marks.every((mark) => /^(hạn nộp )?báo cáo$/iu.test(mark))).toBe(true);
    await page.locator('#search-query').fill('ke');
    await page.locator('#search-query').press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“ke”'));
    await page.locator('.search-result').first().waitFor();
    const one = await page.locator('.search-result__excerpt mark').allInnerTexts();
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((mark) => /^kế$/iu.test(mark))).toBe(true);
    // The sentence that holds the words, not the title shown above it.
    await page.locator('#search-query').fill('bao cao ket qua thuc hien mo hinh');
    await page.locator('#search-query').press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('mo hinh”'));
    const first = page.locator('.search-result').first();
    await expect(first.locator('.search-result__title').innerText()).resolves.toMatch(/^Mẫu số 03/u);
    await expect(first.locator('.search-result__excerpt mark').first().innerText()).resolves.toMatch(
      /^báo cáo kết quả thực hiện mô hình$/iu,
    );
    await expect(first.locator('.search-result__excerpt').innerText()).resolves.not.toMatch(/^Mẫu số 03/u);
    await page.context().close();
  });

  test('the page a result opens marks the phrase the same way', async () => {
    const context = await env.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(new URL('ke-hoach/tra-vinh-43-kh-duk/?tu-khoa=han%20nop%20bao%20cao', env.site.url).href);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    const marked = await page.locator('mark.pagefind-highlight').allInnerTexts();
    expect(marked.every((text) => /^báo cáo$/iu.test(text))).toBe(true);
    // "nâng cao" in the plan's own title is left alone (issue 16).
    await expect(page.locator('h1').innerText()).resolves.toContain('nâng cao');
    await expect(page.locator('h1 mark').count()).resolves.toBe(0);
    // Links of before, one word a parameter, read as one query.
    await page.goto(
      new URL('ke-hoach/tra-vinh-43-kh-duk/?tu-khoa=han&tu-khoa=nop&tu-khoa=bao&tu-khoa=cao', env.site.url).href,
    );
    await page.locator('mark.pagefind-highlight').first().waitFor();
    await expect(page.locator('h1 mark').count()).resolves.toBe(0);
    await page.goto(new URL('ke-hoach/tra-vinh-34-kh-duk/?tu-khoa=ke', env.site.url).href);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    const ke = await page.locator('mark.pagefind-highlight').allInnerTexts();
    expect(ke.every((text) => /^kế$/iu.test(text))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    // A result links to its page with the words as typed.
    await page.goto(new URL('tim-kiem/?q=han%20nop%20bao%20cao', env.site.url).href);
    const link = page.locator('.search-result__title a', { hasText: '43-KH/ĐUK' });
    await expect(link.getAttribute('href')).resolves.toMatch(/\?tu-khoa=han%20nop%20bao%20cao$/u);
    await context.close();
  });
});
