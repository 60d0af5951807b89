// Lint rules, including the architecture: the domain layers import no UI and touch no browser.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_PACKAGES = ['react', 'react-dom', 'react-dom/*', 'react/*', '@xyflow/*', 'zustand', 'zustand/*'];
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'location', 'HTMLElement', 'DOMParser'];
const SIDE_EFFECT_GLOBALS = ['fetch', 'localStorage', 'sessionStorage', 'indexedDB'];
/** A relative specifier without a file extension: Vite's native config loader and Node cannot resolve it. */
const EXTENSIONLESS = '[source.value=/^[.]/]:not([source.value=/[.][a-z0-9]+([?].*)?$/])';
const MODULE_NODES = ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'smart'],
      'no-restricted-syntax': [
        'error',
        ...MODULE_NODES.map((node) => ({ selector: `${node}${EXTENSIONLESS}`, message: 'Name the imported file with its extension, e.g. ./schema.ts.' })),
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/canvas/**', 'src/state/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // The domain and the SVG renderer run unchanged in the browser, in a worker and in the CLI.
    files: ['src/model/**', 'src/layout/**', 'src/export/svg/**', 'src/interchange/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: UI_PACKAGES, message: 'model/, layout/, interchange/ and the SVG renderer stay free of React, React Flow and zustand.' }] }],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS.map((name) => ({ name, message: 'model/, layout/, interchange/ and the SVG renderer must not touch the DOM or browser APIs.' }))],
    },
  },
  {
    // Side effects live in the adapters (browser) and in the server/CLI/scripts (Node).
    files: ['src/**'],
    ignores: ['src/adapters/**', 'src/server/**', 'src/cli/**', 'src/scripts/**', 'src/model/**', 'src/layout/**', 'src/export/svg/**', 'src/interchange/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-globals': ['error', ...SIDE_EFFECT_GLOBALS.map((name) => ({ name, message: 'Side effects belong in src/adapters/.' }))],
    },
  },
  {
    files: ['src/cli/**', 'src/scripts/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
);
