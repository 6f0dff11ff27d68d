import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import type { Annotation } from '@shared/annotation/annotation';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/hosts/chromiumExecutable';
import { pageScript } from './pageScripts';
import { probeOf } from './probeDriver';
import { percentile, spread, type Spread } from './stats';

/** The comparison figures on one text: mount (open) and tagging for each (the floor's tag wraps a word in a span). */
export interface PeerFigures {
  floorOpen: number;
  floorTag: Spread;
  tiptapOpen: number;
  tiptapTag: Spread;
  recogitoOpen: number;
  recogitoTag: Spread;
}

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
  const run = async (peer: 'floor' | 'tiptap' | 'recogito'): Promise<{ open: number; tag: number[] }> => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    try {
      await page.goto(`http://127.0.0.1:${port}/`);
      const open = (await page.evaluate(([p, t, s, css]) => (window as unknown as { mountPeer(...a: unknown[]): Promise<number> }).mountPeer(p, t, s, css), [peer, text, spans, RECOGITO_CSS] as const)) as number;
      const driver = probeOf(page);
      const tag: number[] = [];
      for (let rep = 0; rep < reps; rep++) {
        const target = await driver.call<{ x: number; y: number } | null>(`wordNear(${0.5 + rep * 0.003}, ${rep % 5})`);
        if (!target) continue;
        await page.mouse.dblclick(target.x, target.y);
        await driver.settle();
        tag.push(await driver.timed(() => page.keyboard.press('1')));
      }
      log(`  ${peer}: open ${open.toFixed(0)} ms${tag.length ? `, tag p50 ${percentile(tag, 50).toFixed(1)} ms` : ''}`);
      return { open, tag };
    } finally {
      await page.close();
    }
  };
  try {
    const floor = await run('floor');
    const tiptap = await run('tiptap');
    const recogito = await run('recogito');
    return { floorOpen: floor.open, floorTag: spread(floor.tag), tiptapOpen: tiptap.open, tiptapTag: spread(tiptap.tag), recogitoOpen: recogito.open, recogitoTag: spread(recogito.tag) };
  } finally {
    await browser.close();
    server.close();
  }
}
