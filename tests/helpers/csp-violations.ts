/**
 * Content-Security-Policy violations seen by any page of any browser launched by
 * tests/helpers/browser.ts since the last takeCspViolations(). A module of its own, so the
 * setup file that checks it after every test (tests/helpers/csp-guard.ts) loads no browser code.
 */
const violations: string[] = [];

export function recordCspViolation(text: string): void {
  violations.push(text);
}

/** Returns and forgets the violations recorded so far. */
export function takeCspViolations(): string[] {
  return violations.splice(0);
}
