import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `@shared/x` is `shared/x`, as tsconfig.base.json's `paths` says for the type checker and tsx.
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    // The JSON report feeds the pass/fail line that .ci/run prints.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit-results.json' },
    // electron-store must be inlined so that vi.mock('electron') reaches its import of electron.
    server: { deps: { inline: ['electron-store'] } },
  },
});
