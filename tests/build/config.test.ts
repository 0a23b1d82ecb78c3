import { expect, test } from 'vitest';
import { buildWithContent } from '../helpers/astro-build';

// The build takes its settings from src/config.ts: a wrong value stops it before any page
// is written, with the variable named (every case is in tests/unit/config.test.ts).
test('a wrong environment variable stops the build, naming it and what it expects', () => {
  const { status, output } = buildWithContent('./content', { PLANS_PER_PAGE: 'abc' });
  expect(status).not.toBe(0);
  expect(output).toContain('PLANS_PER_PAGE="abc": must be a whole number above 0');
});
