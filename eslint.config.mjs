// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, as in the Astro projects a
// newcomer knows. Formatting is Prettier's job (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'vendor/', 'test-results/', 'playwright-report/', 'bench-results/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A leading underscore marks a parameter a callback must take but does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The search page's scripts run in the browser.
    files: ['public/**/*.js', 'src/pages/search/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
