import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createDocumentStore } from '../../electron/node/store/createDocumentStore';
import { parseTagwerkDataset } from '@shared/formats/tagwerkFormat';
import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import { formatBytes } from '../../renderer/features/datasets/formatBytes';
import { launchApp, type LaunchedApp } from './app';
import { ARTICLE, ARTICLE_ID, selectQuote, waitForSaved } from './support/editorText';

const REPO = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(REPO, 'tests/fixtures', name);
const JONAS = fixture('review/000_2010653594c6cf10.jonas.tagwerk.json');
const MIXED = fixture('formats/mixed.tagwerk.json');

/** Scripted file dialogs: each answers with the next path queued, and records what main asked. */
function scriptedDialogs() {
  const saves: unknown[] = [];
  const opens: unknown[] = [];
  let save: string | null = null;
  let open: string | null = null;
  return {
    saves,
    opens,
    nextSave: (value: string | null) => void (save = value),
    nextOpen: (value: string | null) => void (open = value),
    dialogs: {
      save: (request: unknown) => (saves.push(request), save),
      open: (request: unknown) => (opens.push(request), open === null ? null : [open]),
    },
  };
}

/** Runs a test body on a freshly launched app (article shown) with scripted dialogs, closing it afterwards. */
async function withApp(run: (app: LaunchedApp, script: ReturnType<typeof scriptedDialogs>) => Promise<void>, locale = 'en-US'): Promise<void> {
  const script = scriptedDialogs();
  const app = await launchApp({ dialogs: script.dialogs, locale });
  try {
    await expect(app.page.getByTestId('editor')).toContainText('Wladimir Putin');
    await run(app, script);
  } finally {
    await app.close();
  }
}

async function exportAs(page: Page, options: { format: string; scope?: 'This document' | 'All documents'; colleagues?: boolean }) {
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: options.scope ?? 'This document' }).check();
  await dialog.getByRole('checkbox', { name: /colleagues/ }).setChecked(options.colleagues ?? false);
  await dialog.getByRole('radio', { name: options.format }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByTestId('export-summary')).toBeVisible();
}

/** Answers Import…'s first question (what the file is for) and goes on to the file dialog. */
async function chooseImport(page: Page, purpose: 'mine' | 'colleague' = 'mine') {
  const step = page.getByTestId('import-purpose');
  if (purpose === 'colleague') await step.getByRole('radio', { name: /colleague’s tags to review/ }).check();
  await step.getByRole('button', { name: 'Choose file…' }).click();
}

async function closeDialog(page: Page, testId: string) {
  await page.getByTestId(testId).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId(testId)).toHaveCount(0);
}

/** Runs the command-line validator on a file, as a user would: `npm run --silent tagwerk -- validate FILE`. */
function cliValidate(file: string): string {
  return execFileSync('npm', ['run', '--silent', 'tagwerk', '--', 'validate', file], { cwd: REPO, encoding: 'utf8' });
}

async function readDataset(file: string): Promise<TagwerkDataset> {
  const parsed = parseTagwerkDataset(await readFile(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return parsed.dataset;
}

const codePointSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

/** Every file under the store's documents folder with its content, to prove an import wrote nothing. */
async function storeSnapshot(app: LaunchedApp): Promise<Record<string, string>> {
  const root = path.join(app.dataDir, 'documents');
  const out: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      out[path.relative(root, full)] = await readFile(full, 'utf8');
    }
  }
  return out;
}

test('tagged spans are exported through the save dialog (unsaved edits first) and the file validates with tagwerk validate', async ({}, testInfo) => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-export-'));
  await withApp(async (app, script) => {
    const { page } = app;
    await selectQuote(page, 'Wladimir Putin');
    await page.keyboard.press('4');
    await selectQuote(page, 'am Dienstag');
    await page.keyboard.press('3');
    // Export at once with Ctrl+E, before autosave's quiet period is over: the export saves first.
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'unsaved');
    await page.keyboard.press('Control+e');
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog.getByRole('radio', { name: 'This document' })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: /Tagwerk JSON/ })).toBeChecked();
    await expect(dialog.locator('label', { hasText: 'Label Studio' })).toContainText('code points');
    await expect(dialog.locator('label', { hasText: 'spaCy' })).toContainText('code points');
    await page.screenshot({ path: testInfo.outputPath('export-dialog.png') });

    const file = path.join(out, 'article.tagwerk.json');
    script.nextSave(file);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const summary = page.getByTestId('export-summary');
    await expect(summary).toContainText('article.tagwerk.json');
    await expect(summary).toContainText('1 document · 2 annotations');
    await expect(summary).toContainText(formatBytes((await stat(file)).size, 'en'));
    await page.screenshot({ path: testInfo.outputPath('export-summary.png') });
    expect(script.saves).toEqual([expect.objectContaining({ defaultName: expect.stringMatching(/^Die Demokratische Volksrepublik Korea \(DVRK\).*\.tagwerk\.json$/) })]);
    await closeDialog(page, 'export-dialog');
    await waitForSaved(page);

    expect(cliValidate(file)).toBe(`${file}: valid tagwerk.dataset v2 (1 document, 2 annotations, 0 relations)\n`);
    const dataset = await readDataset(file);
    expect(dataset.annotator).toBe('tester');
    expect(dataset.documents[0]?.id).toBe(ARTICLE_ID);
    expect(dataset.documents[0]?.annotations.map((a) => [a.label, a.start, a.end, a.text])).toEqual([
      ['date', 193, 204, 'am Dienstag'],
      ['actor', 278, 292, 'Wladimir Putin'],
    ]);
    expect(codePointSlice(ARTICLE, 193, 204)).toBe('am Dienstag');
  });

  // The same file imported on a fresh machine by the same annotator: the tags come back as mine, shown at once.
  await withApp(async (app, script) => {
    const { page } = app;
    await expect(page.getByTestId('annotation-list')).toHaveCount(0);
    script.nextOpen(path.join(out, 'article.tagwerk.json'));
    await page.getByRole('button', { name: 'Import…' }).click();
    await chooseImport(page);
    await expect(page.getByTestId('import-summary')).toContainText('Your tags: 2 added');
    await closeDialog(page, 'import-dialog');
    await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveText([/am Dienstag/, /Wladimir Putin/]);
  });
});

test('an imported emoji text is tagged in the UI and the corpus is exported in every format, offsets right in each', async ({}, testInfo) => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-export-'));
  await withApp(async (app, script) => {
    const { page } = app;
    await selectQuote(page, 'Kim Jong-un');
    await page.keyboard.press('4');

    // Import kim's and jonas's tags of two texts (one full of astral characters), then open it.
    script.nextOpen(MIXED);
    await page.getByRole('button', { name: 'Import…' }).click();
    await chooseImport(page);
    const imported = page.getByTestId('import-summary');
    await expect(imported).toContainText('exported by kim');
    await expect(imported.locator('.import-document')).toHaveCount(2);
    const emojiReport = imported.locator('.import-document', { hasText: 'Eilmeldung' });
    await expect(emojiReport).toContainText('new document');
    await expect(emojiReport).toContainText('kim: 8 tags stored for review');
    await expect(emojiReport).toContainText('jonas: 2 tags stored for review');
    await expect(imported.locator('.import-document', { hasText: 'NFD' })).toContainText('jonas: 1 tag stored for review');
    await imported.locator('.import-document', { hasText: 'Eilmeldung' }).getByRole('button', { name: 'Open' }).click();
    await expect(page.getByTestId('document-title')).toHaveText('Eilmeldung: Bundestag beschließt Gesetz');
    const mixed = await readDataset(MIXED);
    const emojiText = mixed.documents[0]?.text ?? '';
    await expect(page.getByTestId('editor')).toContainText('Kanzleramts');
    await selectQuote(page, 'Kanzleramts', 0, emojiText);
    await page.keyboard.press('4');
    await waitForSaved(page);

    const formats: Array<[string, string]> = [
      ['Tagwerk JSON', 'corpus.tagwerk.json'],
      ['doccano JSONL', 'corpus.doccano.jsonl'],
      ['W3C Web Annotation', 'corpus.w3c.jsonld'],
      ['brat standoff', 'corpus-brat'],
      ['Label Studio', 'corpus.labelstudio.json'],
      ['spaCy / Prodigy JSONL', 'corpus.spacy.jsonl'],
    ];
    for (const [format, name] of formats) {
      script.nextSave(path.join(out, name));
      await app.emit('menuCommand', { command: 'export' });
      await exportAs(page, { format, scope: 'All documents' });
      await expect(page.getByTestId('export-summary')).toContainText('3 documents · 2 annotations');
      if (name === 'corpus-brat') {
        await expect(page.getByTestId('export-summary')).toContainText('7 files');
        await page.screenshot({ path: testInfo.outputPath('export-brat-summary.png') });
      }
      await closeDialog(page, 'export-dialog');
    }

    const quote = 'Kanzleramts';
    const start = Array.from(emojiText.slice(0, emojiText.indexOf(quote))).length;
    expect(start).toBeLessThan(emojiText.indexOf(quote));
    const tagwerk = await readDataset(path.join(out, 'corpus.tagwerk.json'));
    expect(tagwerk.documents).toHaveLength(3);
    expect(cliValidate(path.join(out, 'corpus.tagwerk.json'))).toContain('valid tagwerk.dataset v2 (3 documents, 2 annotations, 0 relations)');

    const jsonl = async (name: string) => (await readFile(path.join(out, name), 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const doccano = await jsonl('corpus.doccano.jsonl');
    const doccanoEmoji = doccano.find((d) => d.text === emojiText) as { label: Array<[number, number, string]> };
    expect(doccanoEmoji.label).toEqual([[start, start + quote.length, 'actor']]);
    const spacy = await jsonl('corpus.spacy.jsonl');
    const spacyEmoji = spacy.find((d) => d.text === emojiText) as { spans: Array<{ start: number; end: number; label: string }> };
    expect(spacyEmoji.spans.map((s) => codePointSlice(emojiText, s.start, s.end))).toEqual([quote]);
    const labelStudio = JSON.parse(await readFile(path.join(out, 'corpus.labelstudio.json'), 'utf8')) as Array<{ data: { text: string }; annotations: Array<{ result: Array<{ value: { start: number; end: number } }> }> }>;
    const lsEmoji = labelStudio.find((task) => task.data.text === emojiText);
    const lsValue = lsEmoji?.annotations[0]?.result[0]?.value;
    expect(lsValue && codePointSlice(emojiText, lsValue.start, lsValue.end)).toBe(quote);
    expect(lsValue?.start).toBe(start);
    const w3c = JSON.parse(await readFile(path.join(out, 'corpus.w3c.jsonld'), 'utf8')) as { type: string; first: { items: unknown[] } };
    expect(w3c.type).toBe('AnnotationCollection');
    expect(w3c.first.items).toHaveLength(2);
    const brat = (await readdir(path.join(out, 'corpus-brat'))).sort();
    expect(brat.filter((f) => f.endsWith('.txt'))).toHaveLength(3);
    expect(brat.filter((f) => f.endsWith('.ann'))).toHaveLength(3);
    expect(brat).toContain('annotation.conf');
    const ann = await readFile(path.join(out, 'corpus-brat', 'emoji-astral.ann'), 'utf8');
    expect(ann).toBe(`T1\tactor ${start} ${start + quote.length}\t${quote}\n`);

    // With colleagues' sets: every annotator's tags, each keeping its name.
    script.nextSave(path.join(out, 'everyone.tagwerk.json'));
    await page.keyboard.press('Control+e');
    await exportAs(page, { format: 'Tagwerk JSON', scope: 'All documents', colleagues: true });
    await expect(page.getByTestId('export-summary')).toContainText('3 documents · 17 annotations');
    const everyone = await readDataset(path.join(out, 'everyone.tagwerk.json'));
    expect([...new Set(everyone.documents.flatMap((d) => d.annotations.map((a) => a.annotator)))].sort()).toEqual(['jonas', 'kim', 'tester']);

    // brat with colleagues' sets: one folder per annotator, never one merged list.
    await closeDialog(page, 'export-dialog');
    script.nextSave(path.join(out, 'everyone-brat'));
    await page.keyboard.press('Control+e');
    await exportAs(page, { format: 'brat standoff', scope: 'All documents', colleagues: true });
    await expect(page.getByTestId('export-summary')).toContainText('21 files');
    expect((await readdir(path.join(out, 'everyone-brat'))).sort()).toEqual(['jonas', 'kim', 'tester']);
    expect(await readFile(path.join(out, 'everyone-brat', 'tester', 'emoji-astral.ann'), 'utf8')).toBe(ann);
  });
});

test("a colleague's export is imported from the menu into their own set; importing again changes nothing; compare now opens review", async ({}, testInfo) => {
  await withApp(async (app, script) => {
    const { page } = app;
    script.nextOpen(JONAS);
    await app.emit('menuCommand', { command: 'import' });
    await chooseImport(page, 'colleague');
    const summary = page.getByTestId('import-summary');
    await expect(summary).toContainText('Read as Tagwerk JSON.');
    await expect(summary).toContainText('From 000_2010653594c6cf10.jonas.tagwerk.json, exported by jonas');
    await expect(summary).toContainText('Die Demokratische Volksrepublik Korea (DVRK)');
    await expect(summary).toContainText('already in your corpus');
    await expect(summary).toContainText('open now');
    await expect(summary).toContainText('jonas: 18 tags stored for review');
    expect(script.opens).toEqual([expect.objectContaining({ filters: [expect.objectContaining({ extensions: ['json', 'jsonl', 'jsonld', 'ann', 'tsv'] })], multiple: false })]);
    await page.screenshot({ path: testInfo.outputPath('import-summary.png') });
    await closeDialog(page, 'import-dialog');
    // My own annotations are untouched; jonas's are his set.
    await expect(page.getByTestId('annotation-list')).toHaveCount(0);
    const store = createDocumentStore({ dataDir: app.dataDir }, { readOnly: true });
    expect((await store.listColleagueSets(ARTICLE_ID)).sets.map((s) => [s.annotator, s.annotations.length])).toEqual([['jonas', 18]]);
    expect((await store.loadAnnotations(ARTICLE_ID)).annotations).toEqual([]);

    await page.getByRole('button', { name: 'Import…' }).click();
    await chooseImport(page, 'colleague');
    await expect(summary).toContainText('jonas: 18 tags, already imported');
    await page.getByTestId('import-dialog').getByRole('button', { name: 'Compare now with jonas' }).click();
    await expect(page.getByTestId('import-dialog')).toHaveCount(0);
    await expect(page.getByTestId('review-panel')).toBeVisible();
    // jonas's set is the one compared with: the difference list holds his tags (18, none of mine).
    await expect(page.getByTestId('review-panel')).toContainText('jonas');
    await expect(page.getByTestId('review-row')).toHaveCount(18);
  });
});

test('a broken file is refused with its problems listed span by span, and the store stays as it was', async ({}, testInfo) => {
  await withApp(async (app, script) => {
    const { page } = app;
    await selectQuote(page, 'KCNA');
    await page.keyboard.press('4');
    await waitForSaved(page);
    const before = await storeSnapshot(app);

    script.nextOpen(fixture('cli/broken-spans.tagwerk.json'));
    await page.getByRole('button', { name: 'Import…' }).click();
    await chooseImport(page);
    const dialog = page.getByTestId('import-dialog');
    await expect(dialog.getByRole('heading', { name: 'Nothing was imported' })).toBeVisible();
    await expect(dialog).toContainText('broken-spans.tagwerk.json has 4 problems. Nothing was stored or changed');
    const problems = page.getByTestId('import-problems').locator('.problem');
    await expect(problems).toHaveCount(4);
    await expect(problems.nth(0).locator('.problem-message')).toHaveText(/^The document id sha256:0+ does not match its text \(the text’s id is sha256:2eb4a1a5\w+\): the text was changed\.$/);
    await expect(problems.nth(1)).toContainText('annotation 2');
    await expect(problems.nth(1).locator('.problem-id')).toHaveText('a2');
    await expect(problems.nth(1).locator('.problem-quote')).toHaveText('am Montaag');
    await expect(problems.nth(1)).toContainText('22–31');
    await expect(problems.nth(1).locator('.problem-message')).toHaveText('The tag 22–31 reads “am Montag” in the text, but the file quotes “am Montaag”.');
    await expect(problems.nth(2).locator('.problem-message')).toHaveText('The label “person” is not in the file’s list of labels.');
    await expect(problems.nth(3).locator('.problem-message')).toHaveText('The tag 33–40 lies outside the text (0–38).');
    await expect(page.getByTestId('import-problems').getByRole('heading', { name: /Document 1 · Kurzmeldung/ })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('import-problems.png') });
    await closeDialog(page, 'import-dialog');

    script.nextOpen(fixture('cli/broken-shape.tagwerk.json'));
    await page.getByRole('button', { name: 'Import…' }).click();
    await chooseImport(page);
    await expect(dialog).toContainText('broken-shape.tagwerk.json has 5 problems');
    await expect(page.getByTestId('import-problems').locator('.problem-message').first()).toHaveText('This value must be one of: 1, 2.');
    await closeDialog(page, 'import-dialog');

    expect(await storeSnapshot(app)).toEqual(before);
    await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(1);
  });
});

test('in German a refused file’s problems read as German sentences, with the JSON path kept for whoever fixes the file', async ({}, testInfo) => {
  await withApp(async (app, script) => {
    const { page } = app;
    script.nextOpen(fixture('cli/broken-spans.tagwerk.json'));
    await page.getByRole('button', { name: 'Importieren…' }).click();
    await page.getByTestId('import-purpose').getByRole('button', { name: 'Datei wählen…' }).click();
    const dialog = page.getByTestId('import-dialog');
    await expect(dialog.getByRole('heading', { name: 'Nichts wurde importiert' })).toBeVisible();
    const messages = page.getByTestId('import-problems').locator('.problem-message');
    await expect(messages).toHaveText([
      /^Die Dokument-ID sha256:0+ passt nicht zu ihrem Text \(dessen ID ist sha256:2eb4a1a5\w+\): Der Text wurde verändert\.$/,
      'Die Markierung 22–31 lautet im Text „am Montag“, die Datei zitiert aber „am Montaag“.',
      'Die Kategorie „person“ steht nicht in der Kategorienliste der Datei.',
      'Die Markierung 33–40 liegt außerhalb des Textes (0–38).',
    ]);
    await expect(page.getByTestId('import-problems').locator('.problem-path').nth(3)).toHaveText('documents[0].annotations[3].end');
    // The long document ids never wrap mid-string: each stays on one line (cut with an ellipsis), whole on hover and in the text.
    const ids = messages.first().locator('.long-token');
    await expect(ids).toHaveCount(2);
    for (const id of await ids.all()) {
      const full = await id.textContent();
      expect(full).toMatch(/^sha256:[0-9a-f]{64}$/);
      await expect(id).toHaveAttribute('title', full ?? '');
      const lines = await id.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines, 'one line: the id does not wrap').toBe(1);
    }
    await page.screenshot({ path: testInfo.outputPath('import-problems-de.png') });
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await expect(dialog).toHaveCount(0);
  }, 'de-DE');
});

test('the export dialog speaks German, is keyboard-operable, and Escape closes it', async ({}, testInfo) => {
  await withApp(async (app, script) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Exportieren…' }).click();
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog.getByRole('heading', { name: 'Markierungen exportieren' })).toBeVisible();
    await expect(dialog.locator('label', { hasText: 'Label Studio' })).toContainText('Codepunkte');
    await page.screenshot({ path: testInfo.outputPath('export-dialog-de.png') });
    // Arrow keys move between the radio buttons of a group, Escape closes without exporting.
    await dialog.getByRole('radio', { name: /Tagwerk-JSON/ }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('radio', { name: /doccano/ })).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    expect(script.saves).toEqual([]);
    // The choice is remembered for the next export.
    await page.keyboard.press('Control+e');
    await expect(page.getByTestId('export-dialog').getByRole('radio', { name: /doccano/ })).toBeChecked();
  }, 'de-DE');
});

test('in German a failed export says why in German (the folder is gone); main’s English words are only the hover detail', async () => {
  await withApp(async (app, script) => {
    const { page } = app;
    script.nextSave(path.join(os.tmpdir(), 'tagwerk-gone-😀-Mu\u0308ller', 'export.tagwerk.json'));
    await page.getByRole('button', { name: 'Exportieren…' }).click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByRole('button', { name: 'Exportieren…' }).click();
    const error = dialog.getByRole('alert');
    await expect(error).toHaveText('Der Export ist fehlgeschlagen: „export.tagwerk.json“ konnte nicht geschrieben werden: Den Ordner gibt es nicht.');
    await expect(error).toHaveAttribute('title', /^export\.tagwerk\.json: /);
    await expect(dialog.getByRole('button', { name: 'Schließen' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Zurück' }).click();
    await expect(dialog.getByRole('radio', { name: /Tagwerk-JSON/ })).toBeVisible();
  }, 'de-DE');
});
