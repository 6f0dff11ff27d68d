import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { licencesPlugin } from './scripts/licences/licencesPlugin';

/** `@shared/x` is `shared/x` in every bundle, as tsconfig.base.json's `paths` says for the type checker and tsx. */
const resolveShared = { alias: { '@shared': resolve('shared') } };

/** Dev-only CSP: Vite's HMR client and React refresh need inline code and a websocket; never in a build. */
const DEV_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self' ws://localhost:* ws://127.0.0.1:*; object-src 'none'; base-uri 'none'";

/** Swaps the production CSP in index.html for the dev one while serving; builds keep the strict policy. */
function devContentSecurityPolicy(): Plugin {
  return {
    name: 'tagwerk-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/(http-equiv="Content-Security-Policy" content=")[^"]*/, `$1${DEV_CSP}`),
  };
}

/** Builds main (ESM), the sandboxed preload (one CommonJS file, deps bundled) and the renderer. */
export default defineConfig({
  main: {
    // The About dialog's list of bundled dependencies and their licences (out/main/licenses.json).
    plugins: [licencesPlugin(resolve('.'))],
    resolve: resolveShared,
    build: {
      outDir: 'out/main',
      // The re-anchoring worker is its own entry: main starts it as out/main/reanchorWorker.js.
      rollupOptions: { input: { index: resolve('electron/main/index.ts'), reanchorWorker: resolve('electron/node/reanchor/reanchorWorker.ts') } },
    },
  },
  preload: {
    resolve: resolveShared,
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only require('electron'): bundle zod and shared/ into one CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    resolve: resolveShared,
    plugins: [react(), devContentSecurityPolicy()],
    // Whitespace and syntax only: names stay, so CPU profiles and stack traces still read.
    esbuild: { minifyIdentifiers: false },
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      // No inline scripts or styles: the CSP forbids them.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      // TAGWERK_SOURCEMAP=1 writes source maps, to see which modules the bundle's bytes and start time go to.
      sourcemap: process.env.TAGWERK_SOURCEMAP === '1',
      // electron-vite leaves the renderer unminified: 2.5 MB the window parses before its first frame.
      minify: 'esbuild',
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
