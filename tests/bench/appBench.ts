import type { Page } from '@playwright/test';
import { readdir, utimes } from 'node:fs/promises';
import path from 'node:path';
import { launchChromiumHost } from '../e2e/hosts/launchChromiumHost';
import { installProbe } from './pageScripts';
import { probeOf, type ProbeDriver } from './probeDriver';
import { profileKeyPress, type ProfileEntry } from './profileKeyPress';
import { OPEN_RUNS, openRuns, openRunsText, type OpenRuns } from './openRuns';
import { selectWord } from './selectWord';
import { measureAutosave } from './autosaveBench';
import { percentile, spread, type Spread } from './stats';
import { measureSuggestions } from './suggestionsBench';

/** What the whole app measured on one document, in ms (heap in MB). */
export interface AppFigures {
  /** Click → painted, the stored tags read and checked from disk (as the first open of a session), over `OPEN_RUNS` opens. */
  open: OpenRuns;
  /** The same clicks → the painted frame after the first relation arcs were drawn (arcs follow the text's first frame); null without relations. */
  openArcs: OpenRuns | null;
  /** The same open again with its file unchanged since the last open (main reuses the loaded set). */
  openAgain: number;
  heapMb: number;
  tag: Spread;
  /** Tag and J: keydown → the painted frame after the list, details and status message followed (React after the editor's frame). */
  tagPanels: Spread;
  nextPanels: Spread;
  retag: Spread;
  delete: Spread;
  undo: Spread;
  next: Spread;
  previous: Spread;
  click: Spread;
  scroll: Spread;
  /** The query's last key → painted, over `searchReps` searches (each typed afresh after Ctrl+F). */
  search: Spread & { hits: number };
  /** Tag all's click → painted, over `searchReps` rounds (each undone before the next); what the first round added and whether one undo took it back. */
  tagAll: Spread & { added: number; oneUndoStep: boolean };
  /** Frame intervals from a tag's autosave start to "saved" (the save's main-thread cost shows as a long frame). */
  autosave: Spread;
  /**
   * The assist: S → its panel painted over the first S and each reopening (Escape, then S: the
   * suggestions are cached then and the first screen of them is drawn in the panel's frame), the
   * first S alone, S → the first suggestions drawn at the first S (computed off the input path), how many.
   */
  suggestions: { open: Spread; openFirst: number; first: number; count: number };
  /** Tagging a word while the suggestions are shown. */
  tagWithSuggestions: Spread;
  /** Tags shown in the list after the tag/delete/undo rounds, minus before (each round leaves one). */
  tagsAdded: number;
  profile: ProfileEntry[];
}

export interface AppBenchOptions {
  dataDir: string;
  title: string;
  /** A small tagged document opened between the timed opens. */
  other: string;
  /** Relations stored with the document: when there are any, each timed open also times its arcs drawn. */
  relations?: number;
  /** Repeats of the rest: peers, tags with suggestions shown, S reopenings (at least 8). */
  reps: number;
  /** Presses per key figure (tag, retag, delete, undo, J, K, click): a p90 of 15 is the second slowest, too few to pin. */
  keyReps: number;
  /** Searches and tag-all clicks timed (each round reopens the search bar, types the query, tags all and undoes). */
  searchReps: number;
  /** A query and how many hits it has in the document. */
  query: string;
  profile: boolean;
  log(line: string): void;
}

const COUNT = '[data-testid="annotation-count"]';

async function openByClick(page: Page, probe: ProbeDriver, title: string): Promise<number> {
  return (await openAndDraw(page, probe, title, false)).open;
}

/** Opens `title` by a click in the list: ms to two frames after its text was painted, and with `arcs`, after its first relation arcs were drawn too. */
async function openAndDraw(page: Page, probe: ProbeDriver, title: string, arcs: boolean): Promise<{ open: number; arcs: number }> {
  const option = page.getByTestId('corpus-list').getByRole('option').filter({ hasText: title }).first();
  await option.scrollIntoViewIfNeeded();
  const box = await option.boundingBox();
  if (!box) throw new Error(`no list row for ${title}`);
  const drawn = `arcs-${title}-${Date.now()}`;
  if (arcs) await probe.call(`watch(${JSON.stringify(drawn)}, ${JSON.stringify({ kind: 'arcs', title })})`);
  const open = await probe.timedUntil(`open-${title}-${Date.now()}`, { kind: 'opened', title }, () => page.mouse.click(box.x + 20, box.y + box.height / 2));
  if (!arcs) return { open, arcs: NaN };
  const [at, started] = [await probe.reached(drawn, 10_000), await probe.call<number | null>('startedAt()')];
  return { open, arcs: started === null ? NaN : at - started };
}

/** Gives every stored annotations.json a new mtime, so main reads and checks it again at the next open (no loaded set reused). */
async function touchStoredSets(dataDir: string): Promise<void> {
  const now = new Date();
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  await Promise.all(
    entries
      .filter((entry) => entry.isFile() && entry.name === 'annotations.json')
      .map((entry) => utimes(path.join(entry.parentPath, entry.name), now, now)),
  );
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/**
 * Search then tag all, as often as `searchReps`: Ctrl+F from the text, type the query (its last key
 * timed), click "tag all" (timed), close the bar and undo, so each round starts from the same tags.
 */
async function measureSearch(page: Page, probe: ProbeDriver, options: AppBenchOptions): Promise<Pick<AppFigures, 'search' | 'tagAll'>> {
  const word = await probe.call<{ x: number; y: number } | null>('wordNear(0.5, 0)');
  if (word) await page.mouse.click(word.x, word.y);
  const count = async () => (await probe.call<number | null>(`numberIn(${JSON.stringify(COUNT)})`)) ?? 0;
  const search: number[] = [];
  const tagAll: number[] = [];
  let hits = NaN;
  let added = 0;
  let oneUndoStep = true;
  for (let rep = 0; rep < options.searchReps; rep++) {
    await page.keyboard.press('Control+f');
    // The bar focuses its field after it is painted: keys typed before that would go to the text (as shortcuts).
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'searchbox' || document.activeElement?.getAttribute('type') === 'search');
    await page.keyboard.type(options.query.slice(0, -1));
    search.push(await probe.timed(() => page.keyboard.press(options.query.slice(-1))));
    await probe.settle(300);
    hits = Number((await page.getByTestId('search-count').textContent())?.match(/(\d[\d,.]*)\s*$/)?.[1]?.replace(/\D/g, '') ?? NaN);
    const before = await count();
    const button = await page.locator('.search-bar button').filter({ hasText: /tag all/i }).boundingBox();
    if (button) tagAll.push(await probe.timed(() => page.mouse.click(button.x + button.width / 2, button.y + button.height / 2)));
    await probe.settle(300);
    const after = await count();
    if (rep === 0) added = after - before;
    // The click left the focus on the button: Escape closes the bar from its field.
    await page.getByRole('searchbox').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await probe.settle(300);
    oneUndoStep &&= after > before && (await count()) === before;
  }
  const tagAllSpread = spread(tagAll);
  options.log(`  search p50 ${percentile(search, 50).toFixed(1)} ms, p90 ${percentile(search, 90).toFixed(1)} (${hits} hits), tag all p50 ${tagAllSpread.p50.toFixed(1)} ms, p90 ${tagAllSpread.p90.toFixed(1)} (+${added}, one undo step: ${oneUndoStep})`);
  return { search: { ...spread(search), hits }, tagAll: { ...tagAllSpread, added, oneUndoStep } };
}

/**
 * Measures the app on one stored document as the analyst meets it: open from the sidebar, then
 * tag / retag / delete / undo, J / K, click to select, wheel scrolling, search and tag all, each
 * from the real input event to the painted frame that shows it.
 */
export async function measureApp(options: AppBenchOptions): Promise<AppFigures> {
  const app = await launchChromiumHost({ dataDir: options.dataDir, locale: 'en-US', annotator: 'bench', dialogs: {} });
  const { page } = app;
  try {
    await page.getByTestId('editor').waitFor();
    await installProbe(page);
    const probe = probeOf(page);
    await page.getByTestId('corpus-list').getByRole('option').filter({ hasText: options.title }).first().waitFor();
    // Open OPEN_RUNS times, as often as each peer mounts (a small document in between), each reading
    // its stored tags from disk; the median counts. Then once more with the file unchanged, as when switching back to it.
    // With relations, the same clicks also time the first arcs drawn (after the text's frame, so never hidden in it).
    const withArcs = (options.relations ?? 0) > 0;
    const opens: number[] = [];
    const arcsDrawn: number[] = [];
    for (let i = 0; i < OPEN_RUNS; i++) {
      if (i > 0) await openByClick(page, probe, options.other);
      await touchStoredSets(options.dataDir);
      const opened = await openAndDraw(page, probe, options.title, withArcs);
      opens.push(opened.open);
      if (withArcs) arcsDrawn.push(opened.arcs);
      options.log(`  open ${options.title}: ${opened.open.toFixed(0)} ms${withArcs ? `, arcs drawn ${opened.arcs.toFixed(0)} ms` : ''}`);
    }
    const openArcs = withArcs ? openRuns(arcsDrawn) : null;
    options.log(`  open ${options.title}: ${openRunsText(openRuns(opens))}${openArcs ? `; arcs drawn ${openRunsText(openArcs)}` : ''}`);
    await openByClick(page, probe, options.other);
    const openAgain = await openByClick(page, probe, options.title);
    options.log(`  open ${options.title} again (file unchanged): ${openAgain.toFixed(0)} ms`);
    const heap = await heapMb(page);
    const countBefore = (await probe.call<number | null>(`numberIn(${JSON.stringify(COUNT)})`)) ?? 0;

    const tag: number[] = [];
    const tagPanels: number[] = [];
    const retag: number[] = [];
    const del: number[] = [];
    const undo: number[] = [];
    for (let rep = 0; rep < options.keyReps; rep++) {
      if (!(await selectWord(page, probe, rep))) continue;
      const tagged = await probe.timedWithPanels(() => page.keyboard.press('1'));
      tag.push(tagged.first);
      tagPanels.push(tagged.panels);
      retag.push(await probe.timed(() => page.keyboard.press('2')));
      del.push(await probe.timed(() => page.keyboard.press('Delete')));
      undo.push(await probe.timed(() => page.keyboard.press('Control+z')));
      await page.keyboard.press('Escape');
    }
    await probe.settle();
    const tagsAdded = ((await probe.call<number | null>(`numberIn(${JSON.stringify(COUNT)})`)) ?? 0) - countBefore;
    options.log(`  tag p50 ${percentile(tag, 50).toFixed(1)} ms, retag ${percentile(retag, 50).toFixed(1)}, delete ${percentile(del, 50).toFixed(1)}, undo ${percentile(undo, 50).toFixed(1)}`);

    const autosave = await measureAutosave(page, probe, options.keyReps + 1);
    options.log(`  autosave: worst frame ${autosave.worst.toFixed(1)} ms over ${autosave.n} frames while saving`);

    const profile = options.profile && (await selectWord(page, probe, options.keyReps)) ? await profileKeyPress(page, probe, '1') : [];
    if (profile.length > 0) await page.keyboard.press('Escape');

    const next: number[] = [];
    const previous: number[] = [];
    const nextPanels: number[] = [];
    for (let rep = 0; rep < options.keyReps; rep++) {
      const moved = await probe.timedWithPanels(() => page.keyboard.press('j'));
      next.push(moved.first);
      nextPanels.push(moved.panels);
    }
    for (let rep = 0; rep < options.keyReps; rep++) previous.push(await probe.timed(() => page.keyboard.press('k')));

    const click: number[] = [];
    for (let rep = 0; rep < options.keyReps; rep++) {
      await page.keyboard.press('Escape');
      await probe.call(`wordNear(${0.2 + (rep % 20) * 0.04}, 0)`);
      await probe.settle();
      const target = await probe.call<{ x: number; y: number } | null>(`visibleTag(${rep})`);
      if (target) click.push(await probe.timed(() => page.mouse.click(target.x, target.y)));
    }
    options.log(`  panels painted: tag p50 ${percentile(tagPanels, 50).toFixed(1)} ms, J ${percentile(nextPanels, 50).toFixed(1)}`);
    options.log(`  J p50 ${percentile(next, 50).toFixed(1)} ms, K ${percentile(previous, 50).toFixed(1)}, click ${percentile(click, 50).toFixed(1)}`);

    // Scroll: wheel through the document from the top, about 30 wheel steps a second.
    await page.keyboard.press('Escape');
    await page.locator('.document-pane').evaluate((pane) => (pane.scrollTop = 0));
    const pane = await page.locator('.document-pane').boundingBox();
    if (pane) await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await probe.settle();
    await probe.call('startFrames()');
    for (let i = 0; i < 90; i++) {
      await page.mouse.wheel(0, 400);
      await probe.sleep(33);
    }
    await probe.sleep(300);
    const frames = await probe.call<number[]>('stopFrames()');
    options.log(`  scroll p95 ${percentile(frames, 95).toFixed(1)} ms over ${frames.length} frames`);

    const { search, tagAll } = await measureSearch(page, probe, options);

    const { suggestions, tagWithSuggestions } = await measureSuggestions(page, probe, options);

    return {
      open: openRuns(opens),
      openArcs,
      openAgain,
      heapMb: heap,
      tag: spread(tag),
      tagPanels: spread(tagPanels),
      nextPanels: spread(nextPanels),
      retag: spread(retag),
      delete: spread(del),
      undo: spread(undo),
      next: spread(next),
      previous: spread(previous),
      click: spread(click),
      scroll: spread(frames),
      search,
      tagAll,
      autosave,
      suggestions,
      tagWithSuggestions,
      tagsAdded,
      profile,
    };
  } finally {
    await app.close();
  }
}
