// Lint rules that guard the architecture, not only the style:
// src/core is pure TypeScript that runs in Node and in a browser, so it may
// import neither `vscode` nor any Node built-in (I/O is injected).
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util',
  'stream', 'zlib', 'worker_threads', 'process', 'buffer', 'events', 'readline', 'perf_hooks',
];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'media/**', '.vscode-test/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', {
        selector: 'ExportDefaultDeclaration',
        message: 'Use named exports.',
      }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core must not depend on VS Code: adapt in src/extension.' },
          ...nodeBuiltins.flatMap((m) => [
            { name: m, message: 'src/core runs in browsers too: inject I/O instead of importing Node built-ins.' },
            { name: `node:${m}`, message: 'src/core runs in browsers too: inject I/O instead of importing Node built-ins.' },
          ]),
        ],
        patterns: [{ group: ['**/extension/**', '**/cli/**'], message: 'src/core is the bottom layer: it must not import the extension or the CLI.' }],
      }],
    },
  },
  {
    // The two front ends meet only in src/core: shared shapes live there.
    files: ['src/extension/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: ['**/cli/**'], message: 'src/extension must not import src/cli: move what both need into src/core.' }],
      }],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: ['**/extension/**'], message: 'src/cli must not import src/extension: move what both need into src/core.' }],
      }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
);
