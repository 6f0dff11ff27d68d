import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const PURE_BANS = [
  { group: ['electron', 'electron/*', 'electron-store', 'conf'], message: 'shared/ is pure: no Electron or settings stores.' },
  { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto'], message: 'shared/ is pure: no Node built-ins.' },
  { group: ['react', 'react-dom', 'react-dom/*', '@tiptap/*', 'prosemirror-*'], message: 'shared/ is pure: no React or ProseMirror.' },
  { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports only shared/.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/conformance/**'] },
  js.configs.recommended,
  {
    files: ['.ci/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: PURE_BANS }] },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', '**/electron/**'], message: 'The renderer reaches main only through the bridge.' },
            { group: ['node:*'], message: 'The renderer has no Node.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/index.ts', 'electron/main/window/**', 'electron/main/ipc/registerIpc.ts', 'electron/main/protocol/registerAppProtocol.ts', 'electron/main/security/denyPermissions.ts', 'electron/main/menu/**', 'electron/main/about/showAboutDialog.ts', 'electron/main/settings/electronStoreSettings.ts', 'electron/main/adapters/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only the thin Electron adapters may import electron.' }] }],
    },
  },
);
