import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalizeText } from '@shared/text/canonicalText';
import { documentIdOf } from '@shared/text/documentId';
import { codePointLength, codePointSlice } from '@shared/text/offsetConverter';
import { runImport } from '../../../../../electron/cli/runImport';
import { createDatasetHandlers } from '../../../../../electron/main/handlers/createDatasetHandlers';
import type { HandlerDeps } from '../../../../../electron/main/handlers/handlerDeps';
import { createConfSettings } from '../../../../../electron/node/settings/createConfSettings';
import { createDocumentStore } from '../../../../../electron/node/store/createDocumentStore';
import { NOW, run, tempDir } from '../../cli/cliTestKit';

const ME = 'kim';
/** An article as a Windows tool saves it: BOM, CR LF, an emoji and an NFD umlaut before the tags. */
const RAW = '\uFEFFGut 👍🏽 gemacht.\r\nMu\u0308ller sagte: „Wir handeln.“\r\nPutin schwieg.\r\n';
const CANONICAL = canonicalizeText(RAW);

function tag(id: string, label: string, quote: string, annotator: string) {
  const start = codePointLength(RAW.slice(0, RAW.indexOf(quote)));
  return { id, label, start, end: start + codePointLength(quote), text: quote, annotator };
}

/** A dataset file whose document text is RAW (not canonical), with overrides of the first document. */
function datasetFile(dir: string, document: Record<string, unknown> = {}, top: Record<string, unknown> = {}): string {
  const file = path.join(dir, 'raw.tagwerk.json');
  writeFileSync(file, JSON.stringify({
    format: 'tagwerk.dataset', version: 2, exportedAt: NOW, annotator: ME, offsetUnit: 'codepoint',
    labels: [{ id: 'quote', name: 'Quote' }, { id: 'actor', name: 'Actor' }],
    documents: [{
      id: documentIdOf(RAW), title: 'Windows-Artikel', language: 'de', source: 'artikel.txt', text: RAW,
      annotations: [tag('k1', 'actor', 'Mu\u0308ller', ME), tag('k2', 'quote', '„Wir handeln.“', ME), tag('j1', 'actor', 'Putin', 'jonas')],
      ...document,
    }],
    ...top,
  }));
  return file;
}

async function storedTags(dataDir: string) {
  const store = createDocumentStore({ dataDir }, { readOnly: true });
  const id = documentIdOf(CANONICAL);
  const { text } = await store.getDocument(id);
  const mine = (await store.loadAnnotations(id)).annotations;
  const jonas = (await store.listColleagueSets(id)).sets.flatMap((s) => s.annotations);
  return { text, mine: mine.map((a) => [a.text, codePointSlice(text, a.start, a.end)]), jonas: jonas.map((a) => [a.text, codePointSlice(text, a.start, a.end)]) };
}

const EXPECTED_TAGS = { text: CANONICAL, mine: [['Müller', 'Müller'], ['„Wir handeln.“', '„Wir handeln.“']], jonas: [['Putin', 'Putin']] };

describe('dataset imports are canonical like opened texts', () => {
  it('tagwerk import: stores the canonical text with every span mapped, says so, and the .txt then opens as the same document with its tags', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    const imported = await run(runImport, ['--data-dir', dataDir, '--annotator', ME, datasetFile(dir)]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(documentIdOf(CANONICAL));
    expect(imported.stderr).toContain('the text was made canonical (3 CR line ends → LF, NFC, byte-order mark removed)');
    expect(imported.stderr).toContain('3 spans mapped');
    expect(await storedTags(dataDir)).toEqual(EXPECTED_TAGS);
    // The article's own file, as the Windows tool wrote it, is the same document: nothing new.
    writeFileSync(path.join(dir, 'artikel.txt'), RAW, 'utf8');
    const opened = await run(runImport, ['--data-dir', dataDir, path.join(dir, 'artikel.txt')]);
    expect(opened.code).toBe(0);
    expect(opened.stdout).toMatch(new RegExp(`^${documentIdOf(CANONICAL)} .* already stored`));
    expect(readdirSync(path.join(dataDir, 'documents'))).toHaveLength(1);
  });

  it('Import… in the window does the same and lists the note among its warnings', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    const store = createDocumentStore({ dataDir, clock: () => new Date(NOW) });
    await store.init();
    const settings = createConfSettings({ dataDir });
    settings.update({ annotator: ME });
    const file = datasetFile(dir);
    const deps: HandlerDeps = {
      shellInfo: () => ({ locale: 'de-DE', platform: 'linux', version: 'test', userName: 'analyst' }),
      store, settings,
      dialogs: { showSave: async () => null, showOpen: async () => [file] },
      clock: () => new Date(NOW), startupNotices: [], emit: () => undefined, onSaveState: () => undefined,
    };
    const result = await createDatasetHandlers(deps).importDataset(undefined);
    await store.flush();
    expect(result.status).toBe('imported');
    if (result.status !== 'imported') return;
    expect(result.documents.map((d) => d.id)).toEqual([documentIdOf(CANONICAL)]);
    expect(result.warnings.map((w) => w.message).join('\n')).toContain('3 spans mapped');
    expect(result.warnings.map((w) => w.facts)).toContainEqual(expect.objectContaining({ code: 'canonicalized', to: documentIdOf(CANONICAL), spans: 3 }));
    expect(await storedTags(dataDir)).toEqual(EXPECTED_TAGS);
  });

  it('refuses a span that cannot be mapped exactly, naming it, and stores nothing', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    const inLineBreak = { ...tag('x', 'actor', 'gemacht.\r', ME) };
    const result = await run(runImport, ['--data-dir', dataDir, '--annotator', ME, datasetFile(dir, { annotations: [inLineBreak] })]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('documents[0].annotations[0].end');
    expect(result.stderr).toContain('between the CR and the LF');
    expect(existsSync(path.join(dataDir, 'documents'))).toBe(false);
  });

  it.each([
    ['a title', { title: 'Gut \uD83D' }, {}, 'documents[0].title'],
    ['a label', {}, { labels: [{ id: 'quote', name: 'Quote' }, { id: 'actor', name: 'Ak\uDC00teur' }] }, 'labels[1].name'],
    ['an annotator name', { annotations: [{ ...tag('j1', 'actor', 'Putin', 'jo\uD800nas') }] }, {}, 'documents[0].annotations[0].annotator'],
    ['the text', { text: 'Putin \uD800', annotations: [] }, {}, 'documents[0].text'],
  ])('refuses a lone surrogate in %s with its JSON path, and stores nothing', async (_name, document, top, where) => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    const result = await run(runImport, ['--data-dir', dataDir, '--annotator', ME, datasetFile(dir, document, top)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${where}: must be well-formed Unicode`);
    expect(existsSync(path.join(dataDir, 'documents'))).toBe(false);
  });
});
