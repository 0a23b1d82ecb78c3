// A vitest setup file (vitest.config.ts): every test fails when a page it opened in a
// browser from tests/helpers/browser.ts met a Content-Security-Policy violation.
import { afterEach, expect } from 'vitest';
import { takeCspViolations } from './csp-violations';

afterEach(() => {
  expect(takeCspViolations(), 'Content-Security-Policy violations').toEqual([]);
});
