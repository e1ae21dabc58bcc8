// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Installed, built, generated or deliberately broken files.
  { ignores: ['node_modules/', 'dist/', '.astro/', '.cms/', '.tmp/', 'test-results/', 'public/', 'content/', 'tests/fixtures/'] },
  {
    files: ['src/**/*.ts', 'cms/**/*.ts', 'scripts/**/*.{ts,mjs}', 'tests/**/*.{ts,mjs}', '*.config.*'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      // TypeScript's own convention (noUnusedLocals, noUnusedParameters): a leading underscore marks a deliberately unused name.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // Plain JavaScript has no annotations: every untyped value is `any`, so these rules would flag nearly every line.
  {
    files: ['**/*.{js,mjs}'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // Code that runs in the browser: the CMS bundle, the search page's script, and the benchmark's page callbacks.
  { files: ['cms/**/*.ts', 'src/scripts/**/*.ts', 'scripts/bench-search.mjs'], languageOptions: { globals: { ...globals.browser } } },
);
