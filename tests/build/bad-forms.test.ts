import { describe, expect, test } from 'vitest';
import { buildWithContent } from '../helpers/astro-build';

/** A broken form must stop the build and name the file and the field, like a broken plan. */
describe('broken forms fail the build, naming file and field', () => {
  test.each([
    ['form-missing-plan', 'mau-sai.mdx', 'plan', 'khong-co-ke-hoach-nay'],
    ['form-bad-blank', 'o-trong-sai.mdx', 'title', 'blank without a label'],
  ])('%s', (fixture, file, field, detail) => {
    const { status, output } = buildWithContent(`./tests/fixtures/content/${fixture}`);
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toContain(field);
    expect(output).toContain(detail);
  });
});
