import { defineConfig } from '@playwright/test';

/** One spec set, two hosts: the built renderer in Debian's Chromium, and the real Electron app. */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/globalSetup.ts',
  // Generous: some cases launch the app twice and spawn the CLI, and CI machines may be busy; no test asserts a time.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  outputDir: 'test-results/e2e',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  // The packaged app (tests/e2e/packaged.spec.ts) is Electron's alone: the chromium host has nothing to package.
  // The benchmark smoke drives the chromium host only, so the electron project never lists it as skipped.
  projects: [
    { name: 'chromium', testIgnore: /packaged\.spec\.ts$/ },
    { name: 'electron', testIgnore: /benchSmoke\.spec\.ts$/ },
  ],
});
