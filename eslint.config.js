// @ts-check
/**
 * The linter holds the code's shape: no import cycles, no unused code, no `any`, functions that
 * fit on a screen, and no focused test left behind. It runs in `npm test` (`npm run lint`).
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import playwright from 'eslint-plugin-playwright';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', '.astro/', 'test-results/', 'playwright-report/', 'bench/reports/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,mjs,js}'],
    plugins: { 'import-x': importX },
    // Node scripts that also hand functions to the browser (page.evaluate): both sets of globals.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.json'] })],
      // The files whose imports the cycle check follows (by default only .js).
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      // A cycle makes the order modules run in an accident of who imported whom first.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Tests and scripts are flat lists of steps; the 80-line rule is for the product's code.
    files: ['tests/**', 'bench/**', 'scripts/**', '**/*.test.ts'],
    rules: { 'max-lines-per-function': 'off' },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    ...playwright.configs['flat/recommended'],
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      'playwright/no-focused-test': 'error',
      // A test may skip in one edition's project, with its reason; never unconditionally.
      'playwright/no-skipped-test': ['error', { allowConditional: true }],
      // Loops over viewports and steps assert inside helpers and conditionals on purpose.
      'playwright/expect-expect': 'off',
      'playwright/no-conditional-in-test': 'off',
      'playwright/no-conditional-expect': 'off',
    },
  },
);
