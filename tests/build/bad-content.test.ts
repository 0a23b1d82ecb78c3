import { describe, expect, test } from 'vitest';
import { buildWithContent } from '../helpers/astro-build';

/**
 * Each fixture holds one broken plan; the real build must stop and name the file and the
 * field, so an editor can fix it without reading a stack trace.
 */
describe('broken content fails the build, naming file and field', () => {
  test.each([
    ['bad-number', 'so-sai.mdx', 'number', '1/KH-ĐUK'],
    ['bad-date', 'ngay-sai.mdx', 'dateLine', 'does not exist'],
    ['missing-field', 'thieu-truong.mdx', 'title', ''],
    ['broken-reference', 'tham-chieu-sai.mdx', 'implementsPlans[0]', 'khong-co-ke-hoach-nay'],
    ['bad-deadline-quote', 'trich-sai.mdx', 'deadlines[0].quote', 'trước ngày 21/02/2020'],
    ['bad-period-quote', 'thoi-ky-sai.mdx', 'period.quotes[0]', '"giai đoạn 2020 - 2025" does not occur verbatim'],
    [
      'unknown-actor',
      'nguoi-lam-sai.mdx',
      'deadlines[0].actors[1]',
      '"khong-co-nguoi-nay" is not an actor of thu-nghiem-duk in tests/fixtures/content/unknown-actor/actors.yaml',
    ],
    ['uncovered-date', 'ngay-chua-khai.mdx', 'deadlines', 'tháng 02'],
    ['bad-commemoration', 'ngay-thu.mdx', 'mentions[0].plan', 'khong-co-ke-hoach-nay'],
    ['missing-topic', 'chuyen-de-sai.mdx', 'topics[0]', 'khong-co-chuyen-de-nay'],
    ['bad-commemoration-date', 'ngay-sai.mdx', 'origin', 'is not a real day'],
    ['form-missing-plan', 'mau-sai.mdx', 'plan', 'khong-co-ke-hoach-nay'],
    ['form-bad-blank', 'o-trong-sai.mdx', 'title', 'blank without a label'],
    [
      'form-bad-edit',
      'sua-sai.mdx',
      'edits[0].find',
      '"/2020" occurs 2 time(s) in the form as printed, but count declares 3',
    ],
    [
      'unknown-form',
      'thu-nghiem-1-kh-duk.mdx',
      'deadlines[0].form',
      '"khong-co-bieu-mau-nay" (deadline "gach-dau-dong")',
    ],
    ['plan-with-component', 'co-thanh-phan.mdx:42', 'found raw HTML or a component (JSX)', '"<Canh bao=\\"thử\\" />"'],
    [
      'unsafe-link-plan',
      'thu-nghiem-1-kh-duk.mdx:61',
      'the link or image address "JaVaScRiPt:alert(1)" is not allowed',
      'relative paths, #anchors, https:, http:, mailto: or tel:',
    ],
    // A topic's page does not show a body, so any body is refused (tests/build/bodies.test.ts).
    [
      'unsafe-link-topic',
      'chu-de-thu.mdx:9',
      'found text after the frontmatter: "Ảnh ![ảnh](data:image/svg+xml;base64,PHN2Zz4=) ở đây."',
      'move it into a field of the frontmatter, or remove it',
    ],
    ['unsafe-link-form', 'mau-thu.mdx:24', 'the link or image address "vbscript:msgbox(1)" is not allowed', 'mailto:'],
    [
      'unknown-province',
      'thu-nghiem-1-kh-duk.mdx',
      'province "Không Có Tỉnh Này"',
      'is not in tests/fixtures/content/unknown-province/provinces.yaml',
    ],
    [
      'province-without-source',
      'tests/fixtures/content/province-without-source/provinces.yaml',
      'provinces.0.sources',
      'give at least one published source',
    ],
    [
      'missing-source',
      'thieu-ban-nguon.mdx',
      'source.file',
      '"khong-co-ban-nguon.txt" is not in tests/fixtures/content/missing-source/sources/',
    ],
  ])('%s', (fixture, file, field, detail) => {
    const { status, output } = buildWithContent(`./tests/fixtures/content/${fixture}`);
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toContain(field);
    expect(output).toContain(detail);
  });

  test('an empty plan body is reported as such, naming the file, and nothing else about that plan', () => {
    const { status, output } = buildWithContent('./tests/fixtures/content/empty-body');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/empty-body/plans/than-trong.mdx: the body is empty');
    expect(output).not.toContain('does not occur verbatim');
  });

  // One build of the valid fixture serves both tests below.
  let valid: ReturnType<typeof buildWithContent> | undefined;
  const validBuild = () => (valid ??= buildWithContent('./tests/fixtures/content/valid'));

  test('the valid fixture builds (so the failures above are caused by the breakage)', () => {
    const { status, output } = validBuild();
    expect(output).not.toMatch(/error/iu);
    expect(status).toBe(0);
  });

  test('a valid build prints no warning: an editor sees only what to act on and the pages', () => {
    const { output } = validBuild();
    // Astro's "use astro:head-inject" directive on MDX entries made the bundler warn once per
    // entry, with a code frame; no content is an MDX module any more (src/loaders/content-loader.ts).
    expect(output).not.toContain('MODULE_LEVEL_DIRECTIVE');
    expect(output).not.toMatch(/\[WARN\]|╭─/u);
    expect(output).toMatch(/\d+ page\(s\) built/u);
  });
});
