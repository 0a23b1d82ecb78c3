import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { BASE_PATH, dist, distBase, requireBuilt } from '../helpers/dist';
import { readForms } from '../helpers/forms';
import { readPlanSources, sourcesDir } from '../helpers/plans';

/**
 * The plain texts the plans and forms are transcribed from are part of the project
 * (content/sources/), and each plan's text is published beside its page so a reader can
 * compare the transcription with it.
 */
const plans = readPlanSources();
const forms = readForms();

test("each plan names its own source text, each form its plan's, and no source text is left over", () => {
  const files = readdirSync(sourcesDir).sort();
  for (const plan of plans) expect(plan.frontmatter.source.file, plan.id).toBe(`${plan.id}.txt`);
  for (const form of forms) {
    const plan = plans.find((candidate) => candidate.id === form.data.plan);
    expect(form.data.source.file, form.id).toBe(plan?.frontmatter.source.file);
  }
  expect(files).toEqual(plans.map((plan) => plan.frontmatter.source.file).sort());
});

describe.each([
  ['dist', dist, '/'],
  ['dist-base', distBase, BASE_PATH],
])('%s', (_name, dir, base) => {
  describe.each(plans)('plan $id', ({ id, frontmatter }) => {
    test('its source text is published at /ke-hoach/<id>.txt, byte for byte', () => {
      const published = readFileSync(path.join(requireBuilt(dir), 'ke-hoach', `${id}.txt`));
      expect(published.equals(readFileSync(path.join(sourcesDir, frontmatter.source.file)))).toBe(true);
    });

    test('its page names that text as the document and links to it', () => {
      const html = parse(readFileSync(path.join(requireBuilt(dir), 'ke-hoach', id, 'index.html'), 'utf8'));
      const label = html.querySelectorAll('.plan-meta dt').find((dt) => dt.text.trim() === 'Bản nguồn');
      const link = label?.nextElementSibling?.querySelector('a');
      expect(link?.getAttribute('href')).toBe(`${base}ke-hoach/${id}.txt`);
      expect(link?.text.trim()).toBe(`văn bản thuần của Kế hoạch số ${frontmatter.number} (.txt)`);
    });
  });
});
