import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import path from 'node:path';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const PURE_BANS = [
  { group: ['electron', 'electron/*', 'electron-store', 'conf'], message: 'shared/ is pure: no Electron or settings stores.' },
  { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto'], message: 'shared/ is pure: no Node built-ins.' },
  { group: ['react', 'react-dom', 'react-dom/*', '@tiptap/*', 'prosemirror-*'], message: 'shared/ is pure: no React or ProseMirror.' },
  { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports only shared/.' },
  { group: ['@shared', '@shared/*'], message: 'shared/ is its own project: inside it, imports stay relative.' },
];

const ELECTRON_BANS = [
  { name: 'electron', message: 'Only the thin Electron adapters in electron/main may import electron.' },
  { name: 'electron-store', message: 'Only the thin Electron adapters in electron/main may use electron-store.' },
];
const MAIN_BAN = { group: ['**/main', '**/main/**'], message: 'electron/node and electron/cli never import electron/main: share code through electron/node.' };
const CLI_BAN = { group: ['**/cli', '**/cli/**'], message: 'electron/node and electron/main never import electron/cli: share code through electron/node.' };
const RENDERER_BAN = { group: ['**/renderer/**'], message: 'The back end never imports the renderer.' };
const ELECTRON_ADAPTERS = [
  'electron/main/index.ts',
  'electron/main/window/**/*.ts',
  'electron/main/ipc/registerIpc.ts',
  'electron/main/protocol/registerAppProtocol.ts',
  'electron/main/security/denyPermissions.ts',
  'electron/main/menu/**/*.ts',
  'electron/main/about/showAboutDialog.ts',
  'electron/main/settings/electronStoreSettings.ts',
  'electron/main/adapters/**/*.ts',
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/conformance/**', 'tests/fixtures/lint/**'] },
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
    // No import cycles anywhere: a cycle makes load order matter and hides which module owns what.
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      // The TypeScript resolver reads the @shared/* alias from the tsconfig files, so the graph has no holes.
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: path.join(import.meta.dirname, 'tsconfig.json') })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // The back end's layers: shared <- electron/node <- electron/{main,cli}. Node services never
  // reach Electron or an entry point; the app and the command line share them, never each other.
  {
    files: ['electron/node/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ELECTRON_BANS, patterns: [MAIN_BAN, CLI_BAN, RENDERER_BAN] }] },
  },
  {
    files: ['electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ELECTRON_BANS, patterns: [MAIN_BAN, RENDERER_BAN] }] },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ELECTRON_BANS, patterns: [CLI_BAN, RENDERER_BAN] }] },
  },
  {
    // The thin Electron adapters: the only main-process files that may import electron.
    files: ELECTRON_ADAPTERS,
    rules: { 'no-restricted-imports': ['error', { patterns: [CLI_BAN, RENDERER_BAN] }] },
  },
);
