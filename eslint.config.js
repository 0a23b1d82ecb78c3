// Lint configuration (flat config). Type-aware rules catch promises nobody awaits and
// similar bugs that tests miss; Prettier owns formatting, so no stylistic rules here.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Code placement (README, "Code placement"), where an import rule can say it; the rest
// (which modules the command line and the browser reach through their imports, cycles) is
// checked by tests/unit/repo/code-placement.test.ts.
const BUILD_OR_CLI =
  'Node built-ins belong in the build (src/data, src/integrations, src/loaders) or the command line (src/lib/import).';
const NODE_BUILT_INS = {
  paths: builtinModules.map((name) => ({ name, message: BUILD_OR_CLI })),
  patterns: [{ group: ['node:*'], message: BUILD_OR_CLI }],
};
const NOT_IN_LIB = [
  {
    group: ['astro', 'astro:*', 'astro/*'],
    message: 'src/lib is plain TypeScript: Astro stays in pages, components, src/data and the loaders.',
  },
  {
    group: ['**/data/*'],
    message: 'src/lib does not read collections: src/data calls into src/lib, not the other way.',
  },
];
const NOT_IN_BROWSER = [
  {
    group: ['astro', 'astro:*', 'astro/*'],
    message: 'Browser code runs without Astro: the page hands it what it needs (data-* attributes, JSON).',
  },
  {
    group: ['**/data/*', '**/config', '**/config.ts'],
    message: "Browser code cannot read the build's data or environment: the page hands it what it needs.",
  },
  { group: ['**/lib/import/*'], message: "src/lib/import is the command line's (npm run import)." },
];
// Node runs the command line's TypeScript as it is, and Node does not guess file extensions.
const WITH_EXTENSION = {
  regex: '^\\.{1,2}/(?!.*\\.(?:ts|mjs|js|json)$)',
  message: 'Node runs this file directly (npm run import, npm run bench): write the extension, "./x.ts".',
};

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'test-results/', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['src/client/**', 'src/service-worker/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: NODE_BUILT_INS.paths, patterns: [...NODE_BUILT_INS.patterns, ...NOT_IN_BROWSER] },
      ],
    },
  },
  {
    files: ['src/lib/**'],
    ignores: ['src/lib/import/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: NODE_BUILT_INS.paths, patterns: [...NODE_BUILT_INS.patterns, ...NOT_IN_LIB] },
      ],
    },
  },
  {
    files: ['src/lib/import/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...NOT_IN_LIB, WITH_EXTENSION] }] },
  },
  {
    files: ['scripts/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [WITH_EXTENSION] }] },
  },
);
