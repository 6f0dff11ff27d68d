import type { CDPSession } from '@playwright/test';

export interface CompositorLayer {
  layerId: string;
  backendNodeId?: number;
}

/** Follows the compositor's layer list through DevTools `LayerTree` (reported after a frame that changed it); returns a reader of the latest. */
export async function watchLayers(cdp: CDPSession): Promise<() => readonly CompositorLayer[]> {
  let layers: CompositorLayer[] = [];
  cdp.on('LayerTree.layerTreeDidChange', (event: { layers?: CompositorLayer[] }) => {
    if (event.layers) layers = event.layers;
  });
  await cdp.send('LayerTree.enable');
  return () => layers;
}
