import { defineConfig } from 'vitest/config';

export default defineConfig({
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
