import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeModules = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'worker_threads'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'bench/data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.d.ts'], rules: { 'no-var': 'off' } },
  {
    // The engine runs unchanged in a browser, a worker, Electron and node: keep it platform-free.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', ...nodeModules], message: 'src/core must not import node modules.' },
            { group: ['electron', 'electron/*'], message: 'src/core must not import electron.' },
            { group: ['react', 'react-dom', 'react-dom/*', '@codemirror/*'], message: 'src/core must not import UI code.' },
            { group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'], message: 'src/core imports only itself and src/shared.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'require', '__dirname', 'Buffer'],
    },
  },
  {
    // The renderer talks to the machine only through shared/ipc.ts.
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // Hooks in a fixed order, and effects and callbacks that see every value they use.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', ...nodeModules], message: 'The renderer reaches the machine through shared/ipc.ts.' },
            { group: ['electron', 'electron/*'], message: 'The renderer reaches the machine through shared/ipc.ts.' },
            { group: ['**/main/**', '**/preload/**', '**/cli/**'], message: 'The renderer imports core, shared and itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', ...nodeModules], message: 'A sandboxed preload can require only electron.' }] }],
    },
  },
);
