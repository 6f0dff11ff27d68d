import { defineConfig } from '@playwright/test';
import base from '../../../playwright.config';

/**
 * Known bugs found by the user-flow specs, each a failing case kept out of the suite (their names
 * end in .pending.ts, which the main config's default testMatch never picks up) until its owner fixes it:
 * `npx playwright test -c tests/e2e/pending/playwright.pending.config.ts --project chromium --workers=1`.
 */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: /\.pending\.ts$/,
  globalSetup: '../globalSetup.ts',
  outputDir: '../../../test-results/e2e-pending',
  reporter: [['list']],
});
