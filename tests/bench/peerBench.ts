import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import type { Annotation } from '@shared/annotation/annotation';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/hosts/chromiumExecutable';
import { pageScript } from './pageScripts';
import { probeOf } from './probeDriver';
import { OPEN_RUNS, openRuns, openRunsText, type OpenRuns } from './openRuns';
import { percentile, spread, type Spread } from './stats';

/** The comparison figures on one text: mount (open, `OPEN_RUNS` fresh mounts) and tagging for each (the floor's tag wraps a word in a span). */
export interface PeerFigures {
  floorOpen: OpenRuns;
  floorTag: Spread;
  tiptapOpen: OpenRuns;
  tiptapTag: Spread;
  recogitoOpen: OpenRuns;
  recogitoTag: Spread;
}

type Peer = 'floor' | 'tiptap' | 'recogito';
const PEERS: readonly Peer[] = ['floor', 'tiptap', 'recogito'];

const RECOGITO_CSS = readFileSync(createRequire(import.meta.url).resolve('@recogito/text-annotator/text-annotator.css'), 'utf8');

/**
 * Measures the floor and both peers on the same text and spans as the app, in the same browser
 * build and window size, with the same probe and real key presses.
 */
export async function measurePeers(text: string, spans: Annotation[], reps: number, log: (line: string) => void): Promise<PeerFigures> {
  const [peers, probe] = await Promise.all([pageScript('peers'), pageScript('probe')]);
  const server = http.createServer((request, response) => {
    const script = request.url === '/peers.js' ? peers : request.url === '/probe.js' ? probe : null;
    response.writeHead(200, { 'content-type': script === null ? 'text/html' : 'text/javascript' });
    response.end(script ?? '<!doctype html><meta charset="utf-8"><body><script src="/probe.js"></script><script src="/peers.js"></script></body>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  /** Mounts `peer` on a fresh page and gives its open time; with `tagReps`, also tags words there (the page is closed after). */
  const mountOnce = async (peer: Peer, tagReps: number): Promise<{ open: number; tag: number[] }> => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    try {
      await page.goto(`http://127.0.0.1:${port}/`);
      const open = (await page.evaluate(([p, t, s, css]) => (window as unknown as { mountPeer(...a: unknown[]): Promise<number> }).mountPeer(p, t, s, css), [peer, text, spans, RECOGITO_CSS] as const)) as number;
      const driver = probeOf(page);
      const tag: number[] = [];
      for (let rep = 0; rep < tagReps; rep++) {
        const target = await driver.call<{ x: number; y: number } | null>(`wordNear(${0.5 + rep * 0.003}, ${rep % 5})`);
        if (!target) continue;
        await page.mouse.dblclick(target.x, target.y);
        await driver.settle();
        tag.push(await driver.timed(() => page.keyboard.press('1')));
      }
      return { open, tag };
    } finally {
      await page.close();
    }
  };
  try {
    // Each party opens the text OPEN_RUNS times on a fresh page, the parties taking turns, so a
    // change of load hits all of them alike; the last round's pages also take the key presses.
    const opens = new Map<Peer, number[]>(PEERS.map((peer) => [peer, []]));
    const tags = new Map<Peer, number[]>();
    for (let round = 0; round < OPEN_RUNS; round++) {
      for (const peer of PEERS) {
        const last = round === OPEN_RUNS - 1;
        const { open, tag } = await mountOnce(peer, last ? reps : 0);
        opens.get(peer)?.push(open);
        if (last) tags.set(peer, tag);
      }
    }
    const figures = (peer: Peer) => {
      const open = openRuns(opens.get(peer) ?? []);
      const tag = tags.get(peer) ?? [];
      log(`  ${peer}: open ${openRunsText(open)}${tag.length ? `, tag p50 ${percentile(tag, 50).toFixed(1)} ms` : ''}`);
      return { open, tag: spread(tag) };
    };
    const [floor, tiptap, recogito] = [figures('floor'), figures('tiptap'), figures('recogito')];
    return { floorOpen: floor.open, floorTag: floor.tag, tiptapOpen: tiptap.open, tiptapTag: tiptap.tag, recogitoOpen: recogito.open, recogitoTag: recogito.tag };
  } finally {
    await browser.close();
    server.close();
  }
}
