import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildWithContent, root } from '../helpers/astro-build';
import { SOURCES } from '../helpers/import-proof';
import { sourcesDir } from '../helpers/plans';
import { sourceToDocx } from '../helpers/docx-fixture';

/**
 * The five plans imported with the real command into a copy of the valid fixture, from the
 * .docx the fixture generator makes of each source text (the format plans arrive in; the
 * text import gives the same body, see five-sources.test.ts): the drafts build and the
 * build lists them; the same plan without "status: draft" fails the full checks an
 * unreviewed import cannot meet, naming file and field.
 */
const content = mkdtempSync(path.join(tmpdir(), 'so-tay-import-'));
const received = mkdtempSync(path.join(tmpdir(), 'so-tay-import-docx-'));
cpSync(path.join(root, 'tests/fixtures/content/valid'), content, { recursive: true });
const provinces: Record<string, string> = {
  'quang-nam-59-kh-duk': 'Quảng Nam',
  'tay-ninh-28-kh-duk': 'Tây Ninh',
  'tra-vinh-147-kh-tu': 'Trà Vinh',
  'tra-vinh-34-kh-duk': 'Trà Vinh',
  'tra-vinh-43-kh-duk': 'Trà Vinh',
};
for (const id of SOURCES) {
  const docx = path.join(received, `${id}.docx`);
  writeFileSync(docx, await sourceToDocx(readFileSync(path.join(sourcesDir, `${id}.txt`))));
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/node'),
    ['scripts/import.ts', docx, '--out', content, '--province', provinces[id]!],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`import of ${id} failed: ${result.stderr}`);
}
afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(received, { recursive: true, force: true });
});

describe('imported drafts build', () => {
  test('the five drafts build with a banner, the build lists them, and no feed carries their deadlines', () => {
    const { status, output, outDir } = buildWithContent(content, {}, { keepOutput: true });
    try {
      expect(output).not.toMatch(/error/iu);
      expect(status).toBe(0);
      expect(output).toContain('Bản nháp — chưa soát xét (drafts, not reviewed): 5 kế hoạch');
      for (const id of SOURCES) {
        expect(output).toContain(id);
        const page = readFileSync(path.join(outDir, 'ke-hoach', id, 'index.html'), 'utf8');
        expect(page).toContain('class="draft-banner"');
        expect(page).toContain('Bản nháp — chưa soát xét.');
      }
      const feeds = ['api/deadlines.json', 'moc-thoi-gian.ics', 'moc-thoi-gian/index.html'].map((file) =>
        readFileSync(path.join(outDir, file), 'utf8'),
      );
      // The fixture's own published plan stays in every feed; no draft is in any.
      for (const feed of feeds) {
        expect(feed).toContain('thu-nghiem-1-kh-duk');
        for (const id of SOURCES) expect(feed).not.toContain(id);
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  test('without "status: draft" the same import meets the full checks, and fails them', () => {
    const file = path.join(content, 'plans/tra-vinh-43-kh-duk.mdx');
    const draft = readFileSync(file, 'utf8');
    const strict = mkdtempSync(path.join(tmpdir(), 'so-tay-import-strict-'));
    try {
      cpSync(path.join(root, 'tests/fixtures/content/valid'), strict, { recursive: true });
      cpSync(path.join(content, 'sources/tra-vinh-43-kh-duk.txt'), path.join(strict, 'sources/tra-vinh-43-kh-duk.txt'));
      writeFileSync(path.join(strict, 'plans/tra-vinh-43-kh-duk.mdx'), draft.replace('status: "draft"\n', ''));
      const { status, output } = buildWithContent(strict);
      expect(status).not.toBe(0);
      expect(output).toContain('tra-vinh-43-kh-duk.mdx');
      expect(output).toContain('deadlines.0.actors');
      expect(output).toContain('must name at least one body');
    } finally {
      rmSync(strict, { recursive: true, force: true });
    }
  });
});
