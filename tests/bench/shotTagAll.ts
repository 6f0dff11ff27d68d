// Dev loop: screenshots of tag all in a long text wheeled through first (its chunks drawn, most off
// screen), in German and English at 1400×900 and 1024×700: right after the click (the search has
// brought its first hit into view), once the off-screen tags are drawn too, and the text's top
// after Escape. TAGWERK_SHOT_DIR=/work/shots/x npx tsx tests/bench/shotTagAll.ts
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import globalSetup from '../e2e/globalSetup';
import { launchChromiumHost } from '../e2e/hosts/launchChromiumHost';
import { benchDataset, germanText } from './benchCorpus';
import { runCli } from './runCli';

const dir = process.env.TAGWERK_SHOT_DIR ?? '/tmp/tagwerk-shots';
const WORD = 'Zollstreit';
const lines = germanText(120_000, 17).split('\n');
for (let i = 5; i < lines.length; i += 12) lines[i] = `${lines[i]} ${i === 5 ? '📰 ' : ''}${WORD}${i === 17 ? ' in München' : ''}.`;
const text = lines.join('\n');
globalSetup();
for (const locale of ['de-DE', 'en-US']) {
  for (const [width, height] of [[1400, 900], [1024, 700]] as const) {
    const work = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-shot-'));
    const file = path.join(work, 'z.tagwerk.json');
    await writeFile(file, JSON.stringify(benchDataset([{ title: 'Zollstreit', text, annotations: [] }])));
    await runCli(['import', '--data-dir', path.join(work, 'data'), '--annotator', 'tester', file]);
    const app = await launchChromiumHost({ dataDir: path.join(work, 'data'), locale, annotator: 'tester', dialogs: {} });
    try {
      const { page } = app;
      await page.setViewportSize({ width, height });
      await page.getByTestId('corpus-list').getByRole('option').filter({ hasText: 'Zollstreit' }).first().click();
      await page.getByTestId('document-title').filter({ hasText: 'Zollstreit' }).waitFor();
      const pane = page.locator('main.document-pane');
      const box = await pane.boundingBox();
      if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (let i = 0; i < 80; i++) await page.mouse.wheel(0, 800);
      await page.waitForTimeout(500);
      for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -800);
      await page.waitForTimeout(500);
      await page.keyboard.press('Control+f');
      await page.keyboard.type(WORD);
      await page.waitForTimeout(800);
      const button = await page.getByTestId('search-tag-all').boundingBox();
      if (button) await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
      const name = `${locale}-${width}`;
      await page.screenshot({ path: path.join(dir, `${name}-tagall.png`) });
      await page.waitForTimeout(800);
      await page.screenshot({ path: path.join(dir, `${name}-tagall-settled.png`) });
      await page.keyboard.press('Escape');
      await pane.evaluate((p) => (p.scrollTop = 0));
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(dir, `${name}-top.png`) });
      console.log(name, await page.getByTestId('editor').locator('[data-ann]', { hasText: WORD }).count(), 'tag elements of', text.split(WORD).length - 1);
    } finally {
      await app.close();
      await rm(work, { recursive: true, force: true });
    }
  }
}
