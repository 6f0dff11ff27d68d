// Dev loop for what a key press makes the compositor and the painter do: the page's composited
// layers (CDP LayerTree) and, per tag / J press, which layers were repainted and how large the
// repainted rects were (LayerTree.layerPainted), so a press that invalidates far more than the
// tag it changed shows. Reports, never asserts.
// TAGWERK_PROBE_SIZE=1000000:10000[:relations] TAGWERK_PROBE_REPS=5 npx tsx tests/bench/probeLayers.ts
import type { CDPSession } from '@playwright/test';
import { selectWord } from './selectWord';
import { openProbeDocument } from './openProbeDocument';
import { layerNodeName as nameOf } from './layerNodeName';

interface Layer {
  layerId: string;
  parentLayerId?: string;
  backendNodeId?: number;
  width: number;
  height: number;
  paintCount: number;
  drawsContent: boolean;
}

const [chars = 1_000_000, spans = 10_000, relations = 0] = (process.env.TAGWERK_PROBE_SIZE ?? '1000000:10000').split(':').map(Number);
const reps = Number(process.env.TAGWERK_PROBE_REPS ?? 5);
const { page, probe, close } = await openProbeDocument(chars, spans, relations);

/** Follows the compositor's layer list (LayerTree reports it after a frame that changed it); returns the latest. */
async function watchLayers(cdp: CDPSession): Promise<() => Layer[]> {
  let layers: Layer[] = [];
  cdp.on('LayerTree.layerTreeDidChange', (event: { layers?: Layer[] }) => {
    if (event.layers) layers = event.layers;
  });
  await cdp.send('LayerTree.enable');
  return () => layers;
}

try {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('DOM.getDocument', { depth: -1 });
  const latest = await watchLayers(cdp);
  // A press makes a frame, and the frame reports the layers.
  await page.keyboard.press('j');
  await probe.settle(300);
  const layers = latest();
  console.log(`${layers.length} layers (${layers.filter((l) => l.drawsContent).length} drawing content):`);
  for (const l of layers) console.log(`  ${l.width}×${l.height}${l.drawsContent ? '' : ' (no content)'} ${await nameOf(cdp, l.backendNodeId)}`);
  const painted: { layerId: string; clip: { x: number; y: number; width: number; height: number } }[] = [];
  cdp.on('LayerTree.layerPainted', (event: { layerId: string; clip: { x: number; y: number; width: number; height: number } }) => painted.push(event));
  const press = async (name: string, key: string) => {
    painted.length = 0;
    await probe.timed(() => page.keyboard.press(key));
    await probe.settle(200);
    const area = painted.reduce((sum, p) => sum + p.clip.width * p.clip.height, 0);
    const byLayer = new Map<string, number>();
    for (const p of painted) byLayer.set(p.layerId, (byLayer.get(p.layerId) ?? 0) + 1);
    const which = await Promise.all([...byLayer].map(async ([id, n]) => `${await nameOf(cdp, layers.find((l) => l.layerId === id)?.backendNodeId)}×${n}`));
    console.log(`${name}: ${painted.length} layer paints, ${(area / 1000).toFixed(0)}k px² [${painted.map((p) => `${p.clip.width}×${p.clip.height}`).join(' ')}] ${which.join(', ')}`);
  };
  for (let rep = 0; rep < reps; rep++) {
    if (!(await selectWord(page, probe, rep + 1))) continue;
    await press('tag', '1');
    await press('retag', '2');
    await press('delete', 'Delete');
    await page.keyboard.press('Escape');
  }
  for (let rep = 0; rep < reps; rep++) await press('J', 'j');
  await cdp.detach();
} finally {
  await close();
}
