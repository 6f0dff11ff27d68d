import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './support/workbenchTest';
import { dragOver } from './support/mouseDrag';
import { paintedSuggestions } from './support/paintedSuggestions';
import { watchLayers, type CompositorLayer } from './support/compositorLayers';

// The annotation panel and the status line keep their compositing layers through a tag. A tag
// leaves a caret and the selected tag's chip in composited layers; with suggestions shown,
// Chromium then moved what is painted after them and overlaps (the panel, its list, the status
// line, the relation frame) to new layers, whose tiles were drawn again at each tag. The
// compositor's layer list is read through the DevTools protocol, not from our state.

/** The DOM backend id of the first element matching `selector`. */
async function nodeOf(cdp: CDPSession, selector: string): Promise<number> {
  const { result } = (await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(selector)})` })) as { result: { objectId?: string } };
  const { node } = (await cdp.send('DOM.describeNode', { objectId: result.objectId })) as { node: { backendNodeId: number } };
  return node.backendNodeId;
}

/** The ids of the layers drawn for each of `nodes` (null where it has none). */
function layerIds(layers: readonly CompositorLayer[], nodes: readonly number[]): (string | null)[] {
  return nodes.map((node) => layers.find((l) => l.backendNodeId === node)?.layerId ?? null);
}

async function showSuggestions(page: Page) {
  await page.getByTestId('document-title').click();
  await page.keyboard.press('s');
  await expect(page.getByTestId('suggestion-status')).toHaveText(/\d/u);
  await expect.poll(async () => (await paintedSuggestions(page)).length).toBeGreaterThan(5);
}

for (const locale of ['de-DE', 'en-US'] as const) {
  test.describe(locale, () => {
    test.use({ locale });

    test('a tag by keys keeps the panel and status line in their layers and re-layers nothing beside the text', async ({ app }) => {
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 768 });
      await showSuggestions(page);

      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('DOM.getDocument', { depth: 0 });
      const layers = await watchLayers(cdp);
      const kept = [await nodeOf(cdp, 'aside.annotation-panel'), await nodeOf(cdp, 'footer.status-line')];
      // A frame after enabling reports the list: J moves to the next suggestion.
      await page.keyboard.press('j');
      await expect.poll(() => layers().length).toBeGreaterThan(0);
      await page.waitForTimeout(300);
      const before = layerIds(layers(), kept);

      // A tag, as a user makes it: drag over a word, press its label's key; the caret stays in the text.
      await dragOver(page, 'Russland');
      await page.keyboard.press('1');
      await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(1);
      await page.waitForTimeout(300);
      expect(layerIds(layers(), kept)).toEqual(before);
      expect(before).not.toContain(null);
      const beside = [await nodeOf(cdp, '[data-testid="annotation-list"]'), await nodeOf(cdp, '.relation-frame')];
      expect(layerIds(layers(), beside)).toEqual([null, null]);
      await cdp.detach();
    });
  });
}
