import type { Page } from '@playwright/test';
import { DEFAULT_LABELS } from '@shared/annotation/labelSet';
import { DASHES, LINE_PX } from '../../renderer/theme/labelThemeCss';
import { dragOver } from './support/mouseDrag';
import { expect, test } from './support/workbenchTest';

// Each label's underline must stay recognisable without colour: under Chromium's emulation of
// colour-vision deficiencies the four lines are read back from screenshots, pixel by pixel, and
// their dash patterns must be the label set's (so no two labels turn into the same grey line).

const WORDS: Record<string, string> = { claim: 'Partnerschaftsabkommen', quote: 'Nachrichtenagentur', date: 'Volksrepublik', actor: 'Demokratische' };
const DEFICIENCIES = ['achromatopsia', 'deuteranopia', 'protanopia', 'tritanopia'] as const;

/** A screenshot's rows of luminance, and how far its most colourful pixel is from grey, decoded by a canvas in the page (the emulation only filters what is shown). */
async function greyRows(page: Page, png: Buffer): Promise<{ rows: number[][]; chroma: number }> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    const rows: number[][] = [];
    let chroma = 0;
    for (let y = 0; y < image.height; y++) {
      const row: number[] = [];
      for (let x = 0; x < image.width; x++) {
        const i = (y * image.width + x) * 4;
        const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
        chroma = Math.max(chroma, Math.max(r, g, b) - Math.min(r, g, b));
        row.push(0.2126 * r + 0.7152 * g + 0.0722 * b);
      }
      rows.push(row);
    }
    return { rows, chroma };
  }, png.toString('base64'));
}

/** Luminance of the page's paper colour (--paper, #fbfaf7). */
const PAPER = 0.2126 * 0xfb + 0.7152 * 0xfa + 0.0722 * 0xf7;
/** A pixel darker than this is ink (a label's line in grey is near 100, its light tint near 230). */
const INK = 170;

/** Lengths of the alternating ink/paper runs along a row of luminances, the cut-off first and last runs dropped. */
function runs(row: readonly number[]): { ink: number[]; paper: number[] } {
  const lengths: { ink: boolean; length: number }[] = [];
  for (const l of row) {
    const ink = l < INK;
    const last = lengths[lengths.length - 1];
    if (last && last.ink === ink) last.length++;
    else lengths.push({ ink, length: 1 });
  }
  const inner = lengths.length > 2 ? lengths.slice(1, -1) : lengths;
  return { ink: inner.filter((r) => r.ink).map((r) => r.length), paper: inner.filter((r) => !r.ink).map((r) => r.length) };
}

test('the four labels keep four different underline patterns, at least 3 px thick, under emulated colour-vision deficiencies', async ({ app }) => {
  const { page } = app;
  for (const label of DEFAULT_LABELS) {
    const word = WORDS[label.id];
    if (!word) throw new Error(`no word for ${label.id}`);
    await dragOver(page, word);
    await page.keyboard.press(label.key);
    await expect(page.locator(`[data-ann][data-label="${label.id}"]`)).toHaveText(word);
  }
  // Deselect, so no outline or chip lies over the lines.
  await page.keyboard.press('Escape');
  await expect(page.locator('.ann-selected')).toHaveCount(0);

  const cdp = await page.context().newCDPSession(page);
  for (const type of DEFICIENCIES) {
    await cdp.send('Emulation.setEmulatedVisionDeficiency', { type });
    const seen = new Map<string, string>();
    for (const label of DEFAULT_LABELS) {
      const box = await page.locator(`[data-ann][data-label="${label.id}"]`).boundingBox();
      if (!box) throw new Error(`${label.id} is not drawn`);
      // The underline is the span's bottom LINE_PX pixels (its padding): look a few rows around it.
      const clip = { x: Math.ceil(box.x), y: Math.floor(box.y + box.height) - LINE_PX - 3, width: Math.floor(box.width) - 1, height: LINE_PX + 6 };
      const { rows: pixels, chroma } = await greyRows(page, await page.screenshot({ clip }));
      // Under achromatopsia the emulation is really on: every pixel is grey.
      if (type === 'achromatopsia') expect(chroma, `${label.id}: grey under achromatopsia`).toBeLessThanOrEqual(6);
      // The line's rows: mostly ink (a glyph's descender above the line is a few pixels, not a third of the row).
      const width = pixels[0]?.length ?? 0;
      const lineRows = pixels.filter((row) => row.filter((l) => l < INK).length > width * 0.3);
      expect(lineRows.length, `${label.id} under ${type}: the line is ${LINE_PX} px thick`).toBe(LINE_PX);
      expect(lineRows.length, `${label.id} under ${type}: at least 3 px, or dotted and dash-dot blur in grey`).toBeGreaterThanOrEqual(3);
      expect(PAPER - Math.min(...lineRows.flat()), `${label.id} under ${type}: the line stands out from the paper in grey`).toBeGreaterThan(60);
      const rows = lineRows.map(runs);
      const line = rows[0];
      if (!line) throw new Error('no line');
      for (const row of rows) expect(row, `${label.id} under ${type}: every row of the line alike`).toEqual(line);
      const dashes = DASHES[label.pattern];
      if (dashes.length === 0) {
        expect(line.paper, `${label.id} under ${type}: a solid line has no gaps`).toEqual([]);
      } else {
        const inks = dashes.filter((_, i) => i % 2 === 0);
        const papers = dashes.filter((_, i) => i % 2 === 1);
        for (const run of line.ink) expect(inks.some((d) => Math.abs(d - run) <= 1), `${label.id} under ${type}: dash of ${run} px in ${inks.join('/')}`).toBe(true);
        for (const run of line.paper) expect(papers.some((d) => Math.abs(d - run) <= 1), `${label.id} under ${type}: gap of ${run} px in ${papers.join('/')}`).toBe(true);
        expect(new Set(line.ink.map((r) => inks.findIndex((d) => Math.abs(d - r) <= 1))).size, `${label.id}: every kind of dash appears`).toBe(inks.length);
      }
      const signature = JSON.stringify([[...new Set(line.ink)].sort(), [...new Set(line.paper)].sort()]);
      expect(seen.get(signature), `${label.id} under ${type} looks like ${seen.get(signature)}`).toBeUndefined();
      seen.set(signature, label.id);
    }
  }
  await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'none' });
});
