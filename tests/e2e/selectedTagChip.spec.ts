import { expect, test, type Page } from '@playwright/test';
import type { Annotation } from '@shared/annotation/annotation';
import { launchApp } from './app';
import { clickTag } from './support/clickTag';
import { importedText } from './support/importedText';

// The selected tag's label chip sits above its first line of text, also when the tag wraps lines:
// it was placed from the tag's last line and sat between its two lines, over the text it labels.

const TITLE = 'Chip';
const CLAIM =
  'Jörg Mu\u0308ller 😀 sagte am Dienstag in Köln, dass die sicherheitspolitische Kooperation beider Länder nicht gegen Drittländer gerichtet sei und dass die Ratifizierungsdokumente noch in diesem Sommer ausgetauscht werden sollen, sobald beide Kammern des Parlaments zugestimmt haben.';
const TEXT = `Vorspann 😀 mit einer kurzen Zeile. ${CLAIM} Danach folgt ein Satz mit Anna und noch etwas Text.\nZweiter Absatz: Wladimir Putin kommt morgen.`;
const cps = Array.from(TEXT);

/** A stored tag on the first occurrence of `quote`, with code-point offsets as the store counts them. */
function tag(id: string, quote: string, label: string): Annotation {
  const start = Array.from(TEXT.slice(0, TEXT.indexOf(quote))).length;
  const end = start + Array.from(quote).length;
  return { id, label, start, end, text: cps.slice(start, end).join(''), annotator: 'tester' } as Annotation;
}

const TAGS = [tag('t-claim', CLAIM, 'claim'), tag('t-putin', 'Wladimir Putin', 'actor')];

interface Box {
  left: number;
  top: number;
  bottom: number;
}

/** The selected tag's first line of text and the number of lines it spans (its first element's client rects). */
const firstLine = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('[data-testid="editor"] .ann-selected-start');
    if (!el) throw new Error('no selected tag');
    const all = [...document.querySelectorAll(`[data-testid="editor"] [data-ann="${CSS.escape(el.getAttribute('data-ann') ?? '')}"]`)];
    const rects = all.flatMap((e) => [...e.getClientRects()]).filter((r) => r.width > 0);
    const first = el.getClientRects()[0]!;
    return { left: first.left, top: first.top, bottom: first.bottom, lines: new Set(rects.map((r) => Math.round(r.top))).size };
  });

/** The selected tag's chip (its element's `::before`, which no DOM API measures) as the browser lays it out. */
async function chipBox(page: Page): Promise<Box> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-testid="editor"] .ann-selected-start' });
    const { node } = await cdp.send('DOM.describeNode', { nodeId });
    const before = node.pseudoElements?.find((p) => p.pseudoType === 'before');
    if (!before) throw new Error('the selected tag has no chip');
    const { quads } = await cdp.send('DOM.getContentQuads', { backendNodeId: before.backendNodeId });
    const quad = quads[0]!;
    const ys = [quad[1]!, quad[3]!, quad[5]!, quad[7]!];
    return { left: Math.min(quad[0]!, quad[6]!), top: Math.min(...ys), bottom: Math.max(...ys) };
  } finally {
    await cdp.detach();
  }
}

const SIZES = [
  { locale: 'de-DE', width: 1024, height: 700 },
  { locale: 'en-US', width: 1400, height: 900 },
  { locale: 'en-US', width: 1024, height: 700 },
  { locale: 'de-DE', width: 1400, height: 900 },
];

for (const { locale, width, height } of SIZES) {
  test(`${locale} ${width}: a selected tag that wraps lines has its chip above its first line, as high as a one-line tag's`, async () => {
    const app = await launchApp({ dataDir: await importedText(TITLE, TEXT, TAGS), annotator: 'tester', locale });
    try {
      const { page } = app;
      await page.setViewportSize({ width, height });
      await page.getByTestId('corpus-list').getByRole('option').filter({ hasText: TITLE }).click();
      await expect(page.getByTestId('document-title')).toHaveText(TITLE);
      const editor = page.getByTestId('editor');
      await expect(editor.locator('[data-ann]')).not.toHaveCount(0);
      const details = page.getByTestId('annotation-details');

      await clickTag(page, editor.locator('[data-ann="t-putin"]').first());
      await expect(details).toContainText('Wladimir Putin');
      const oneLine = await firstLine(page);
      const oneLineChip = await chipBox(page);
      expect(oneLine.lines).toBe(1);

      await clickTag(page, editor.locator('[data-ann="t-claim"]').first());
      await expect(details).toContainText('Köln');
      const wrapped = await firstLine(page);
      const wrappedChip = await chipBox(page);
      if (process.env.TAGWERK_SHOTS) await page.screenshot({ path: `${process.env.TAGWERK_SHOTS}/chip-${locale}-${width}.png` });
      expect(wrapped.lines, 'the claim wraps lines at this width').toBeGreaterThanOrEqual(2);

      // Above the first line's top and at its start, not between the lines (or anywhere below the first line's top).
      expect(wrappedChip.bottom, `chip ${JSON.stringify(wrappedChip)}, first line ${JSON.stringify(wrapped)}`).toBeLessThanOrEqual(wrapped.top + 1);
      expect(Math.abs(wrappedChip.left - wrapped.left)).toBeLessThanOrEqual(2);
      // It reaches no higher over the line above than a one-line tag's chip does.
      expect(wrapped.top - wrappedChip.top).toBeLessThanOrEqual(oneLine.top - oneLineChip.top + 1);
      expect(oneLineChip.bottom).toBeLessThanOrEqual(oneLine.top + 1);

      // And it is painted: the claim starts on the text's first line, where the chunk's paint containment
      // clipped the chip; the chip's top stripe looks different with the tag selected than after Escape.
      const stripe = { x: wrappedChip.left + 2, y: wrappedChip.top + 2, width: 12, height: 5 };
      const selected = await page.screenshot({ clip: stripe });
      await page.keyboard.press('Escape');
      await expect(details).toHaveCount(0);
      expect(selected.equals(await page.screenshot({ clip: stripe })), 'the chip is drawn, not clipped').toBe(false);
    } finally {
      await app.close();
    }
  });
}
