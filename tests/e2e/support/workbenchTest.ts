import { expect, test as base } from '@playwright/test';
import { launchApp, type LaunchedApp } from '../app';

/**
 * Playwright's `test` with an `app` fixture: Tagwerk launched through launchApp on a fresh data
 * folder, the built-in article shown in the editor, and closed (flushing like a quit) afterwards.
 */
export const test = base.extend<{ app: LaunchedApp }>({
  app: async ({}, use) => {
    const app = await launchApp();
    try {
      await expect(app.page.getByTestId('editor')).toContainText('Wladimir Putin');
      await use(app);
    } finally {
      await app.close();
    }
  },
});

export { expect };
