import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Builds of fixture sites and a real Chromium take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Browser tests share one machine with 2 cores; running files one by one keeps them steady.
    fileParallelism: false,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    // Browser tests fail on any Content-Security-Policy violation (tests/helpers/browser.ts).
    setupFiles: ['tests/helpers/csp-guard.ts'],
    // Vitest empties stylesheets unless told; src/data/app-theme.ts reads the colours from this one.
    css: { include: [/\/src\/styles\/tokens\.css/u] },
  },
});
