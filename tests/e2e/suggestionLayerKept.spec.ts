import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './support/workbenchTest';
import { dragOver } from './support/mouseDrag';
import { paintedSuggestions } from './support/paintedSuggestions';
import { watchLayers } from './support/compositorLayers';

// The suggestion dashes sit in a compositing layer of their own, the same one before and after a
// tag. A tag leaves a caret, which Chromium composites, and everything painted after the caret
// that overlaps it goes into new layers. If the dashes went into those too, every tile near the
// view was drawn again at each tag (20–30 ms of raster at 1M characters). The compositor's layer
// list is read through the DevTools protocol, not from our state.

/** The DOM backend id of the suggestion layer's element. */
async function suggestionLayerNode(page: Page, cdp: CDPSession): Promise<number> {
  await page.getByTestId('suggestion-layer').waitFor({ state: 'attached' });
  const { result } = (await cdp.send('Runtime.evaluate', { expression: `document.querySelector('[data-testid="suggestion-layer"]')` })) as { result: { objectId?: string } };
  const { node } = (await cdp.send('DOM.describeNode', { objectId: result.objectId })) as { node: { backendNodeId: number } };
  return node.backendNodeId;
}

for (const locale of ['de-DE', 'en-US'] as const) {
  test.describe(locale, () => {
    test.use({ locale });

    test('the dashes keep their own compositing layer when a tag leaves a caret in the text', async ({ app }) => {
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.getByTestId('document-title').click();
      await page.keyboard.press('s');
      await expect(page.getByTestId('suggestion-status')).toHaveText(/\d/u);
      await expect.poll(async () => (await paintedSuggestions(page)).length).toBeGreaterThan(5);

      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('DOM.getDocument', { depth: 0 });
      const layers = await watchLayers(cdp);
      const node = await suggestionLayerNode(page, cdp);
      // A frame after enabling reports the list: J moves to the next suggestion.
      await page.keyboard.press('j');
      await expect.poll(() => layers().find((l) => l.backendNodeId === node)?.layerId ?? null).not.toBeNull();
      const before = layers().find((l) => l.backendNodeId === node)?.layerId;

      // A tag, as a user makes it: drag over a word, press its label's key; the caret stays in the text.
      await dragOver(page, 'Russland');
      await page.keyboard.press('1');
      await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(1);
      // The caret's layer is reported after the tag's frame.
      await expect.poll(() => layers().length).toBeGreaterThan(0);
      await page.waitForTimeout(300);
      expect(layers().find((l) => l.backendNodeId === node)?.layerId).toBe(before);
      expect((await paintedSuggestions(page)).length).toBeGreaterThan(5);
      await cdp.detach();
    });
  });
}
