// Dev loop (caret, issue 12): the compositor's layers (CDP LayerTree: id, size, node, compositing
// reasons) before and after a tag by keys, so the layers a tag's caret makes or renames show.
// TAGWERK_PROBE_CSS=… (a style sheet put in the page first), TAGWERK_PROBE_REPS=3, TAGWERK_PROBE_S=1 (suggestions shown first). Reports, never asserts.
// TAGWERK_PROBE_SIZE=200000:1000 npx tsx tests/bench/probeCaretLayers.ts
import { selectWord } from './selectWord';
import { openProbeDocument } from './openProbeDocument';
import { layerNodeName as nameOf } from './layerNodeName';

interface Layer {
  layerId: string;
  backendNodeId?: number;
  width: number;
  height: number;
  drawsContent: boolean;
}

const [chars = 200_000, spans = 1_000, relations = 0] = (process.env.TAGWERK_PROBE_SIZE ?? '200000:1000').split(':').map(Number);
const reps = Number(process.env.TAGWERK_PROBE_REPS ?? 3);
const css = process.env.TAGWERK_PROBE_CSS ?? '';
const { page, probe, close } = await openProbeDocument(chars, spans, relations);

try {
  if (css) await page.evaluate(`(() => { const s = new CSSStyleSheet(); s.replaceSync(${JSON.stringify(css)}); document.adoptedStyleSheets = [...document.adoptedStyleSheets, s]; })()`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('DOM.getDocument', { depth: -1 });
  let layers: Layer[] = [];
  cdp.on('LayerTree.layerTreeDidChange', (event: { layers?: Layer[] }) => {
    if (event.layers) layers = event.layers;
  });
  await cdp.send('LayerTree.enable');
  let seen = new Set<string>();
  const dump = async (what: string) => {
    await probe.settle(300);
    const lines: string[] = [];
    for (const l of layers) {
      const { compositingReasons = [] } = (await cdp.send('LayerTree.compositingReasons', { layerId: l.layerId }).catch(() => ({}))) as { compositingReasons?: string[] };
      lines.push(`  ${seen.has(l.layerId) ? ' ' : '+'} #${l.layerId} ${l.width}×${l.height}${l.drawsContent ? '' : ' (no content)'} ${await nameOf(cdp, l.backendNodeId)} [${compositingReasons.join(',')}]`);
    }
    const fresh = layers.filter((l) => !seen.has(l.layerId)).length;
    console.log(`${what}: ${layers.length} layers, ${fresh} new\n${lines.join('\n')}`);
    seen = new Set(layers.map((l) => l.layerId));
  };
  if (process.env.TAGWERK_PROBE_S) {
    await page.getByTestId('editor').focus();
    await page.keyboard.press('s');
    await page.getByTestId('suggestion-status').filter({ hasText: /\d/ }).waitFor({ timeout: 300_000 });
  }
  await page.keyboard.press('j');
  await dump('after J');
  for (let rep = 0; rep < reps; rep++) {
    if (!(await selectWord(page, probe, rep + 10))) continue;
    await dump(`word ${rep} selected`);
    await page.keyboard.press('1');
    await dump(`tag ${rep}`);
  }
  await cdp.detach();
} finally {
  await close();
}
