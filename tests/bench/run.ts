// `npm run bench`: Tagwerk's performance goals as numbers, each next to a peer measured in the same
// run (ratios, never absolute thresholds). Pure parts run in Node; the editor runs in headless Chromium.
import http from 'node:http';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { computeAgreement } from '../../shared/agreement/computeAgreement';
import { LABEL_IDS } from '../../shared/annotation/labelSet';
import { tagwerkFormat } from '../../shared/formats/tagwerkFormat';
import { findMatches } from '../../shared/text/findMatches';
import { createOffsetConverter } from '../../shared/text/offsetConverter';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/hosts/chromiumExecutable';
import { longText, manyAnnotations } from './benchText';

interface Row {
  name: string;
  ms: number;
}

const CHARS = Number(process.env.TAGWERK_BENCH_CHARS ?? 1_000_000);
const SPANS = Number(process.env.TAGWERK_BENCH_SPANS ?? 10_000);

/** Median wall time of `fn` over `runs` runs, in ms. */
function time(fn: () => unknown, runs = 5): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? NaN;
}

function nodeRows(): Row[] {
  const text = longText(CHARS);
  const annotations = manyAnnotations(text, SPANS);
  const positions = Array.from({ length: 2000 }, (_, i) => Math.floor((i / 2000) * text.length));
  const rows: Row[] = [];
  rows.push({
    name: '2000 UTF-16 -> code point conversions (Tagwerk converter, incl. setup)',
    ms: time(() => {
      const c = createOffsetConverter(text);
      for (const p of positions) c.utf16ToCodePoint(p);
    }),
  });
  rows.push({
    name: '2000 UTF-16 -> code point conversions (peer: Array.from(slice).length)',
    ms: time(() => {
      for (const p of positions.slice(0, 200)) void Array.from(text.slice(0, p)).length;
    }, 3) * 10,
  });
  rows.push({ name: 'search "russland" (Tagwerk findMatches, umlaut-exact)', ms: time(() => findMatches(text, 'russland')) });
  rows.push({ name: 'search "russland" (peer: RegExp /russland/giu)', ms: time(() => [...text.matchAll(/russland/giu)]) });
  const converter = createOffsetConverter(text);
  const dataset = {
    format: 'tagwerk.dataset' as const,
    version: 1 as const,
    exportedAt: '2026-11-27T00:00:00.000Z',
    annotator: 'bench',
    offsetUnit: 'codepoint' as const,
    labels: LABEL_IDS.map((id) => ({ id, name: id })),
    documents: [{ id: 'sha256:' + '0'.repeat(64), title: 'bench', language: 'de', source: 'bench.txt', text, annotations }],
  };
  void converter;
  rows.push({ name: `serialize tagwerk JSON (${annotations.length} spans, deterministic)`, ms: time(() => tagwerkFormat.serialize(dataset as never), 3) });
  rows.push({ name: 'serialize (peer: JSON.stringify, 2-space indent)', ms: time(() => JSON.stringify(dataset, null, 2), 3) });
  const other = annotations.map((a, i) => (i % 7 === 0 ? { ...a, label: 'claim' } : a));
  rows.push({ name: 'agreement (exact, overlap, char kappa) on the long text', ms: time(() => computeAgreement([{ text, reference: annotations, compared: other }], LABEL_IDS), 3) });
  return rows;
}

async function browserRows(): Promise<Row[]> {
  const bundle = await build({
    entryPoints: [path.resolve(import.meta.dirname, 'editorBench.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const server = http.createServer((request, response) => {
    if (request.url === '/bench.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(script);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><meta charset="utf-8"><body><script src="/bench.js"></script></body>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    return await page.evaluate(
      ([chars, spans]) => (window as unknown as { runEditorBench(c: number, s: number): Promise<Row[]> }).runEditorBench(chars, spans),
      [CHARS, SPANS] as const,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

function print(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const row of rows) console.log(`  ${row.name.padEnd(width)}  ${Number.isFinite(row.ms) ? row.ms.toFixed(2).padStart(10) : 'n/a'.padStart(10)} ms`);
}

function ratio(rows: Row[], ours: string, peer: string): string {
  const a = rows.find((r) => r.name.includes(ours))?.ms ?? NaN;
  const b = rows.find((r) => r.name.includes(peer))?.ms ?? NaN;
  return Number.isFinite(a) && Number.isFinite(b) && a > 0 ? `${(b / a).toFixed(1)}x` : 'n/a';
}

const node = nodeRows();
print(`Node ${process.version}, ${CHARS} characters, ${SPANS} spans`, node);
const browser = await browserRows();
print('Headless Chromium (editor)', browser);
console.log('\nRatios (peer time / Tagwerk time; > 1 means Tagwerk is faster)');
console.log(`  offset conversion vs Array.from:        ${ratio(node, 'Tagwerk converter', 'peer: Array.from')}`);
console.log(`  search vs RegExp /giu:                  ${ratio(node, 'Tagwerk findMatches', 'peer: RegExp')}`);
console.log(`  add one span vs full decoration rebuild: ${ratio(browser, 'incremental', 'rebuild whole')}`);
console.log(`  add one span vs ProseMirror mark:        ${ratio(browser, 'incremental', 'ProseMirror mark')}`);
