import { inflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** One suggestion the page paints: its label, its text, whether it is the current one, and its first line box (client px). */
export interface PaintedSuggestion {
  readonly label: string;
  readonly text: string;
  readonly current: boolean;
  readonly box: { x: number; y: number; width: number; height: number } | null;
}

/**
 * The suggestions painted in the editor now, in reading order: the dashed paths of the suggestion
 * layer beside the text (`.tw-sug`, one per suggestion, a line above and one below each line
 * piece), each with its label, text, whether it is the current one, and the client box its first
 * piece's lines frame — what a user sees dashed, read from the page, not from our state.
 */
export async function paintedSuggestions(page: Page): Promise<PaintedSuggestion[]> {
  return page.evaluate(() => {
    type InPage = { label: string; text: string; current: boolean; box: { x: number; y: number; width: number; height: number } | null };
    const found: InPage[] = [];
    const frame = document.querySelector('[data-testid="editor"]')?.closest('.editor-frame');
    for (const path of frame?.querySelectorAll<SVGPathElement>('[data-testid="suggestion-layer"] .tw-sug') ?? []) {
      const origin = (path.ownerSVGElement ?? path).getBoundingClientRect();
      const half = parseFloat(getComputedStyle(path).strokeWidth) / 2;
      const [above, below] = [...(path.getAttribute('d') ?? '').matchAll(/M(-?[\d.e]+) (-?[\d.e]+)h(-?[\d.e]+)/gu)].map((m) => m.slice(1).map(Number));
      const box = above && below ? { x: origin.x + (above[0] ?? 0), y: origin.y + (above[1] ?? 0) + half, width: above[2] ?? 0, height: (below[1] ?? 0) - (above[1] ?? 0) - 2 * half } : null;
      found.push({ label: path.dataset.label ?? '', text: path.dataset.text ?? '', current: path.classList.contains('tw-sug-current'), box });
    }
    return found.sort((a, b) => (a.box?.y ?? 0) - (b.box?.y ?? 0) || (a.box?.x ?? 0) - (b.box?.x ?? 0));
  });
}

/** The painted suggestions (each once, the current one too), optionally of one label. */
export async function drawnSuggestions(page: Page, label?: string): Promise<PaintedSuggestion[]> {
  return (await paintedSuggestions(page)).filter((s) => label === undefined || s.label === label);
}

/** RGBA pixels of a PNG screenshot (8-bit RGBA or RGB, not interlaced: what Chromium's screenshots are). */
export function pngPixels(png: Buffer): { width: number; height: number; at(x: number, y: number): [number, number, number] } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const channels = png[25] === 6 ? 4 : 3;
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] as number;
    for (let x = 0; x < stride; x++) {
      const byte = raw[y * (stride + 1) + 1 + x] as number;
      const left = x >= channels ? (out[y * stride + x - channels] as number) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + x] as number) : 0;
      const upLeft = y > 0 && x >= channels ? (out[(y - 1) * stride + x - channels] as number) : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, paeth()][filter] ?? 0;
      out[y * stride + x] = (byte + predictor) & 0xff;
    }
  }
  return { width, height, at: (x, y) => [out[y * stride + x * channels] ?? 0, out[y * stride + x * channels + 1] ?? 0, out[y * stride + x * channels + 2] ?? 0] };
}

/**
 * How many pixels of `color` (within a small tolerance) the page shows in the bands just above
 * and just below a line box: where a suggestion's dashed over- and underline are painted.
 */
export async function linePixels(page: Page, box: { x: number; y: number; width: number; height: number }, color: string): Promise<{ above: number; below: number }> {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
  const count = async (y: number) => {
    const clip = { x: Math.max(0, box.x), y: Math.max(0, y), width: Math.max(1, box.width), height: 6 };
    const pixels = pngPixels(await page.screenshot({ clip, animations: 'disabled' }));
    let n = 0;
    for (let py = 0; py < pixels.height; py++)
      for (let px = 0; px < pixels.width; px++) {
        const [pr, pg, pb] = pixels.at(px, py);
        if (Math.abs(pr - r) + Math.abs(pg - g) + Math.abs(pb - b) < 90) n++;
      }
    return n;
  };
  return { above: await count(box.y - 3), below: await count(box.y + box.height - 3) };
}
