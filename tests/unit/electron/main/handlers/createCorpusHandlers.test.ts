import { execFileSync } from 'node:child_process';
import { promises as fsp, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCorpusHandlers } from '../../../../../electron/main/handlers/createCorpusHandlers';
import { createDocumentHandlers } from '../../../../../electron/main/handlers/createDocumentHandlers';
import type { HandlerDeps, OpenDialogRequest } from '../../../../../electron/main/handlers/handlerDeps';
import { IpcFailure } from '../../../../../electron/main/ipc/createIpcRouter';
import { createConfSettings } from '../../../../../electron/node/settings/createConfSettings';
import { BUILTIN_ARTICLE_TEXT } from '@shared/corpus/builtinArticle';
import type { OpenedFile } from '@shared/ipc/methods/corpusMethods';
import { documentIdOf } from '@shared/text/documentId';
import { corpusBytes } from '../../node/files/corpusFixture';
import { storeOn } from '../../node/store/storeTestKit';

const BUILTIN_ID = documentIdOf(BUILTIN_ARTICLE_TEXT);
const GIPFEL = iconv.decode(Buffer.from(corpusBytes('gipfel.cp1252.txt')), 'windows-1252').replace(/\r\n/g, '\n').normalize('NFC');
const GIPFEL_ID = documentIdOf(GIPFEL);

const made: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Real store and settings on a temp data folder, a scripted open dialog, and a folder of files to open. */
async function harness() {
  const dataDir = tempDir('tagwerk-corpus-');
  const files = tempDir('tagwerk-files-');
  const store = storeOn(dataDir);
  await store.init();
  const settings = createConfSettings({ dataDir });
  settings.update({ annotator: 'tester' });
  const opens: OpenDialogRequest[] = [];
  let answer: string[] | null = null;
  const deps: HandlerDeps = {
    shellInfo: () => ({ locale: 'de-DE', platform: 'linux', version: 'test', userName: 'analyst' }),
    store,
    settings,
    dialogs: { showOpen: async (request) => (opens.push(request), answer), showSave: async () => null },
    clock: () => new Date('2026-11-27T10:00:00.000Z'),
    startupNotices: [],
    emit: () => undefined,
    onSaveState: () => undefined,
  };
  const corpus = createCorpusHandlers(deps);
  const documents = createDocumentHandlers(deps);
  const file = (name: string, bytes: Uint8Array | string) => {
    const target = path.join(files, name);
    writeFileSync(target, bytes);
    return target;
  };
  const fixture = (name: string) => file(name, corpusBytes(name));
  const open = async (...paths: string[]) => {
    answer = paths;
    return (await corpus.openFiles(undefined)).files;
  };
  return { deps, store, settings, corpus, documents, opens, file, fixture, open, dataDir };
}

const okIds = (files: OpenedFile[]) => files.map((f) => (f.ok ? f.documentId : f.code));
const actor = (text: string, source: string, id = 'a1') => {
  const start = Array.from(source.slice(0, source.indexOf(text))).length;
  return { id, label: 'actor', start, end: start + Array.from(text).length, text, annotator: 'tester' };
};

describe('opening files', () => {
  it('imports several files from the open dialog, each decoded from its encoding, with its original bytes kept', async () => {
    const h = await harness();
    const files = await h.open(h.fixture('gipfel.cp1252.txt'), h.fixture('wahl.utf16le-bom.txt'));
    expect(h.opens[0]).toMatchObject({ multiple: true });
    expect(h.opens[0]?.filters[0]?.extensions).toEqual(expect.arrayContaining(['txt', 'md', 'html', 'htm']));
    expect(files).toMatchObject([
      { ok: true, name: 'gipfel.cp1252.txt', documentId: GIPFEL_ID, created: true, doubtful: false, trashedCopy: false },
      { ok: true, name: 'wahl.utf16le-bom.txt', created: true },
    ]);
    const { meta, text } = await h.store.getDocument(GIPFEL_ID);
    expect(meta).toMatchObject({ source: 'gipfel.cp1252.txt', encoding: 'windows-1252' });
    expect(text).toContain('„Wir stehen geschlossen zusammen“');
    expect(text).toContain('50 Milliarden €');
    expect(Array.from((await h.store.getOriginal(GIPFEL_ID)) ?? [])).toEqual(Array.from(corpusBytes('gipfel.cp1252.txt')));
    expect((await h.corpus.describeEncoding({ documentId: GIPFEL_ID })).encoding).toBe('windows-1252');
  });

  it('opens the same text in another encoding (UTF-8, LF) as the same document, with its annotations', async () => {
    const h = await harness();
    await h.open(h.fixture('gipfel.cp1252.txt'));
    await h.store.saveAnnotations(GIPFEL_ID, { annotations: [actor('Brüssel', GIPFEL)], annotator: 'tester', baseRev: 0 });
    const again = await h.open(h.file('gipfel-utf8.txt', Buffer.from(`\uFEFF${GIPFEL}`, 'utf8')));
    expect(again).toMatchObject([{ ok: true, documentId: GIPFEL_ID, created: false }]);
    const opened = await h.documents.openDocument({ documentId: GIPFEL_ID });
    expect(opened.annotations.map((a) => a.text)).toEqual(['Brüssel']);
    expect((await h.corpus.listCorpus(undefined)).documents.filter((d) => d.id === GIPFEL_ID)).toHaveLength(1);
  });

  it('refuses an unsupported file, a binary file, a missing file and a folder, each with a clear message, and still opens the rest', async () => {
    const h = await harness();
    const pdf = h.file('bericht.pdf', '%PDF-1.7\n');
    const binary = h.file('daten.txt', new Uint8Array(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)));
    const files = await h.open(pdf, binary, path.join(path.dirname(pdf), 'fehlt.txt'), h.fixture('wahl.utf16le-bom.txt'), path.dirname(pdf) + '/ordner.txt/');
    expect(okIds(files).slice(0, 3)).toEqual(['unsupported', 'binary', 'unreadable']);
    expect(files[0]).toMatchObject({ ok: false, name: 'bericht.pdf', message: expect.stringMatching(/“bericht\.pdf” was not opened\. Tagwerk opens plain text \(\.txt\)/) });
    expect(files[1]).toMatchObject({ message: expect.stringMatching(/^“daten\.txt” was not opened\. This file does not look like text/) });
    expect(files[3]).toMatchObject({ ok: true, name: 'wahl.utf16le-bom.txt' });
    expect(files[4]).toMatchObject({ ok: false });
  });

  it('refuses a FIFO and a link to /dev/zero at once, saying what they are, and still opens the rest', async () => {
    const h = await harness();
    const pipe = path.join(path.dirname(h.file('x.txt', 'x')), 'pipe.txt');
    execFileSync('mkfifo', [pipe]);
    const zero = path.join(path.dirname(pipe), 'zero.md');
    symlinkSync('/dev/zero', zero);
    const started = performance.now();
    const files = await h.open(pipe, zero, h.fixture('wahl.utf16le-bom.txt'));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(files[0]).toMatchObject({ ok: false, code: 'unreadable', message: '“pipe.txt” was not opened: it is a named pipe (FIFO), not a regular file; only regular files are read.' });
    expect(files[1]).toMatchObject({ ok: false, code: 'unreadable', message: '“zero.md” was not opened: it is a device, not a regular file; only regular files are read.' });
    expect(files[2]).toMatchObject({ ok: true, name: 'wahl.utf16le-bom.txt' });
  });

  it('opens Markdown and HTML as their text, scripts and markup dropped, titled from their content', async () => {
    const h = await harness();
    const html = h.file('seite.htm', '<html><head><title>Gipfel „Brüssel“</title><script>alert(1)</script></head><body><p>Erster <b>Absatz</b> 😀</p><p>Zweiter</p></body></html>');
    const md = h.file('notiz.md', '# Überschrift\n\nText mit *Betonung* und Mu\u0308ller.\n');
    const [fromHtml, fromMd] = await h.open(html, md);
    const textOf = async (file: OpenedFile | undefined) => (await h.store.getDocument(file?.ok ? file.documentId : '')).text;
    expect(fromHtml).toMatchObject({ ok: true, title: 'Gipfel „Brüssel“' });
    expect(await textOf(fromHtml)).toBe('Erster Absatz 😀\nZweiter');
    expect(fromMd).toMatchObject({ ok: true, title: 'Überschrift' });
    expect(await textOf(fromMd)).toContain('Text mit Betonung und Müller.');
  });

  it('checks the size with stat before reading, so a file over 20 MB is never loaded', async () => {
    const h = await harness();
    const huge = h.file('riesig.txt', '');
    truncateSync(huge, 25 * 1024 * 1024);
    const readFile = vi.spyOn(fsp, 'readFile');
    const [result] = await h.open(huge);
    expect(result).toMatchObject({ ok: false, code: 'too-large', message: expect.stringMatching(/“riesig\.txt” was not opened\. The file is 25 MB; Tagwerk opens text files of up to 20 MB/) });
    expect(readFile.mock.calls.filter(([file]) => file === huge)).toEqual([]);
  });

  it('reports a cancelled dialog as cancelled, with nothing imported', async () => {
    const h = await harness();
    expect(await h.open()).toEqual([]);
    expect(await h.corpus.openFiles(undefined)).toEqual({ cancelled: true, files: [] });
  });

  it('imports dropped bytes under their base name, and refuses a dropped file the window did not read because of its size', async () => {
    const h = await harness();
    const { files } = await h.corpus.openDroppedFiles({
      files: [
        { name: 'wahl.utf16le-bom.txt', size: 664, bytes: new Uint8Array(corpusBytes('wahl.utf16le-bom.txt')) },
        { name: 'nfd.txt', size: 10, bytes: Buffer.from('Mu\u0308ller 😀', 'utf8') },
        { name: 'gross.txt', size: 30 * 1024 * 1024, bytes: null },
      ],
    });
    expect(files).toMatchObject([{ ok: true }, { ok: true, documentId: documentIdOf('Müller 😀') }, { ok: false, code: 'too-large', message: expect.stringMatching(/The file is 30 MB/) }]);
    const listed = (await h.corpus.listCorpus(undefined)).documents;
    expect(listed.map((d) => d.source)).toEqual(['wahl.utf16le-bom.txt', 'nfd.txt']);
    expect(listed[1]).toMatchObject({ title: 'Müller 😀', characters: 8, status: 'new', labelCounts: [] });
  });

  it('points out a removed copy of the same text that waits in the trash', async () => {
    const h = await harness();
    await h.open(h.fixture('gipfel.cp1252.txt'), h.fixture('wahl.utf16le-bom.txt'));
    await h.corpus.removeDocument({ documentId: GIPFEL_ID });
    expect(await h.open(h.fixture('gipfel.cp1252.txt'))).toMatchObject([{ ok: true, created: true, trashedCopy: true }]);
  });
});

describe('the corpus list', () => {
  it('lists every document in import order with characters, tags per label and status, unmoved by renaming', async () => {
    const h = await harness();
    await h.documents.openStartDocument(undefined);
    const [wahl] = okIds(await h.open(h.fixture('wahl.utf16le-bom.txt')));
    await h.open(h.fixture('gipfel.cp1252.txt'));
    await h.store.saveAnnotations(GIPFEL_ID, {
      annotations: [actor('Brüssel', GIPFEL), { ...actor('Budapest', GIPFEL, 'a2') }, { ...actor('Donnerstag', GIPFEL, 'a3'), label: 'date' }],
      annotator: 'tester',
      baseRev: 0,
    });
    await h.corpus.updateDocument({ documentId: BUILTIN_ID, title: 'Korea-Vertrag 😀', status: 'done' });
    const { documents, trash } = await h.corpus.listCorpus(undefined);
    expect(documents.map((d) => d.id)).toEqual([BUILTIN_ID, wahl, GIPFEL_ID]);
    expect(documents[0]).toMatchObject({ title: 'Korea-Vertrag 😀', status: 'done', builtin: true, characters: Array.from(BUILTIN_ARTICLE_TEXT).length });
    expect(documents[2]).toMatchObject({ builtin: false, labelCounts: expect.arrayContaining([{ label: 'actor', count: 2 }, { label: 'date', count: 1 }]), characters: Array.from(GIPFEL).length, encoding: 'windows-1252' });
    expect(trash).toEqual([]);
  });

  it('renames and sets the status, kept across a restart', async () => {
    const h = await harness();
    await h.open(h.fixture('gipfel.cp1252.txt'));
    const entry = await h.corpus.updateDocument({ documentId: GIPFEL_ID, title: 'Gipfel in Brüssel', status: 'in-progress' });
    expect(entry).toMatchObject({ title: 'Gipfel in Brüssel', status: 'in-progress' });
    const reopened = createCorpusHandlers({ ...h.deps, store: storeOn(h.dataDir) });
    expect((await reopened.listCorpus(undefined)).documents[0]).toMatchObject({ title: 'Gipfel in Brüssel', status: 'in-progress' });
  });
});

describe('damaged documents', () => {
  it('lists a folder with a garbage meta.json as a damaged row with its kept title, restores it, and refuses one without a copy', async () => {
    const h = await harness();
    await h.open(h.fixture('gipfel.cp1252.txt'));
    await h.corpus.updateDocument({ documentId: GIPFEL_ID, title: 'Mu\u0308ller 😀' });
    await h.store.flush();
    writeFileSync(path.join(h.dataDir, 'documents', GIPFEL_ID.slice(7), 'meta.json'), 'garbage');
    const store = storeOn(h.dataDir);
    await store.listSummaries();
    const corpus = createCorpusHandlers({ ...h.deps, store });
    const listed = await corpus.listCorpus(undefined);
    expect(listed.documents.map((d) => d.id)).not.toContain(GIPFEL_ID);
    expect(listed.damaged).toMatchObject([{ id: GIPFEL_ID, title: 'Mu\u0308ller 😀', code: 'meta-damaged', restorable: true }]);
    // The row replaces the store's "not listed" notice for that folder.
    expect(listed.notices.filter((n) => n.code === 'document-skipped')).toEqual([]);
    await expect(corpus.restoreDamaged({ documentId: GIPFEL_ID })).resolves.toEqual({ documentId: GIPFEL_ID });
    const after = await corpus.listCorpus(undefined);
    expect(after.damaged).toEqual([]);
    expect(after.documents.find((d) => d.id === GIPFEL_ID)).toMatchObject({ title: 'Mu\u0308ller 😀' });
    const refused = await Promise.resolve(corpus.restoreDamaged({ documentId: GIPFEL_ID })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(IpcFailure);
  });
});

describe('remove and restore', () => {
  it('moves a document with its annotations to the trash, forgets it in recents, and restores it intact', async () => {
    const h = await harness();
    await h.documents.openStartDocument(undefined);
    await h.open(h.fixture('gipfel.cp1252.txt'));
    await h.documents.openDocument({ documentId: GIPFEL_ID });
    await h.store.saveAnnotations(GIPFEL_ID, { annotations: [actor('Brüssel', GIPFEL)], annotator: 'tester', baseRev: 0 });
    const { trashId } = await h.corpus.removeDocument({ documentId: GIPFEL_ID });
    expect(h.settings.get()).toMatchObject({ lastDocumentId: null, recentDocuments: [BUILTIN_ID] });
    const listed = await h.corpus.listCorpus(undefined);
    expect(listed.documents.map((d) => d.id)).toEqual([BUILTIN_ID]);
    expect(listed.trash).toMatchObject([{ trashId, id: GIPFEL_ID, source: 'gipfel.cp1252.txt', builtin: false }]);
    await expect(h.documents.openDocument({ documentId: GIPFEL_ID })).rejects.toMatchObject({ code: 'not-found' });
    expect(await h.corpus.restoreDocument({ trashId })).toEqual({ documentId: GIPFEL_ID });
    expect((await h.documents.openDocument({ documentId: GIPFEL_ID })).annotations.map((a) => a.text)).toEqual(['Brüssel']);
  });

  it('refuses to remove the only document, so there is always one to show', async () => {
    const h = await harness();
    await h.documents.openStartDocument(undefined);
    const refused = h.corpus.removeDocument({ documentId: BUILTIN_ID });
    await expect(refused).rejects.toBeInstanceOf(IpcFailure);
    await expect(refused).rejects.toThrow(/only document/);
    expect((await h.corpus.listCorpus(undefined)).documents).toHaveLength(1);
  });

  it('keeps a removed built-in article away at the next start, and brings it back with its tags on request', async () => {
    const h = await harness();
    await h.documents.openStartDocument(undefined);
    await h.store.saveAnnotations(BUILTIN_ID, { annotations: [actor('Wladimir Putin', BUILTIN_ARTICLE_TEXT)], annotator: 'tester', baseRev: 0 });
    await h.open(h.fixture('wahl.utf16le-bom.txt'));
    await h.corpus.removeDocument({ documentId: BUILTIN_ID });
    const restart = createDocumentHandlers({ ...h.deps, store: storeOn(h.dataDir) });
    const opened = await restart.openStartDocument(undefined);
    expect(opened.document.source).toBe('wahl.utf16le-bom.txt');
    expect((await h.corpus.listCorpus(undefined)).documents.some((d) => d.builtin)).toBe(false);
    expect(await h.corpus.restoreBuiltinDocument(undefined)).toEqual({ documentId: BUILTIN_ID });
    expect((await h.documents.openDocument({ documentId: BUILTIN_ID })).annotations.map((a) => a.text)).toEqual(['Wladimir Putin']);
  });

  it('adds a fresh built-in article when none is in the corpus or the trash', async () => {
    const h = await harness();
    await h.open(h.fixture('wahl.utf16le-bom.txt'));
    expect(await h.corpus.restoreBuiltinDocument(undefined)).toEqual({ documentId: BUILTIN_ID });
    expect((await h.corpus.listCorpus(undefined)).documents.map((d) => d.builtin)).toEqual([false, true]);
  });
});

describe('encoding', () => {
  it('counts U+FFFD and C1 controls of the open document', async () => {
    const h = await harness();
    const [id] = okIds(await h.open(h.file('zweifel.txt', Buffer.from(`Preis: \u0080 5 \uFFFD und \u0096 mehr. ${'Genug Text, damit es Text bleibt. '.repeat(10)}`, 'utf8'))));
    expect(await h.corpus.describeEncoding({ documentId: id as string })).toEqual({ encoding: 'utf-8', replacementCharacters: 1, c1Controls: 2, canReopen: true });
  });

  it('cannot reopen the built-in article, which came from no file', async () => {
    const h = await harness();
    await h.documents.openStartDocument(undefined);
    expect((await h.corpus.describeEncoding({ documentId: BUILTIN_ID })).canReopen).toBe(false);
    await expect(h.corpus.reopenWithEncoding({ documentId: BUILTIN_ID, encoding: 'windows-1252' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('previews the first line in every encoding and marks the current reading', async () => {
    const h = await harness();
    await h.open(h.fixture('gipfel.cp1252.txt'));
    const { previews } = await h.corpus.previewEncodings({ documentId: GIPFEL_ID });
    expect(previews.map((p) => p.encoding)).toEqual(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be']);
    expect(previews[1]).toMatchObject({ ok: true, sameText: true, preview: expect.stringContaining('„Wir stehen') });
    expect(previews[0]).toMatchObject({ ok: true, sameText: false, doubtful: true, preview: expect.stringContaining('\uFFFD') });
    expect(previews[2]).toMatchObject({ ok: false, message: expect.stringMatching(/^This file does not look like text/) });
  });

  it('reopening in the same reading changes nothing; another reading is a new document and the old one goes to the trash', async () => {
    const h = await harness();
    await h.open(h.fixture('gipfel.cp1252.txt'));
    await h.corpus.updateDocument({ documentId: GIPFEL_ID, title: 'Mein Titel' });
    expect(await h.corpus.reopenWithEncoding({ documentId: GIPFEL_ID, encoding: 'windows-1252' })).toEqual({ documentId: GIPFEL_ID, changed: false });
    const reopened = await h.corpus.reopenWithEncoding({ documentId: GIPFEL_ID, encoding: 'utf-8' });
    expect(reopened.changed).toBe(true);
    expect(reopened.documentId).not.toBe(GIPFEL_ID);
    const { meta, text } = await h.store.getDocument(reopened.documentId);
    expect(meta).toMatchObject({ encoding: 'utf-8', title: 'Mein Titel', source: 'gipfel.cp1252.txt' });
    expect(text).toContain('\uFFFD');
    const listed = await h.corpus.listCorpus(undefined);
    expect(listed.documents.map((d) => d.id)).toEqual([reopened.documentId]);
    expect(listed.trash.map((t) => t.id)).toEqual([GIPFEL_ID]);
    expect(Array.from((await h.store.getOriginal(reopened.documentId)) ?? [])).toEqual(Array.from(corpusBytes('gipfel.cp1252.txt')));
  });

  it('refuses another reading once the document has annotations, and keeps it as it is', async () => {
    const h = await harness();
    await h.open(h.fixture('gipfel.cp1252.txt'));
    await h.store.saveAnnotations(GIPFEL_ID, { annotations: [actor('Brüssel', GIPFEL)], annotator: 'tester', baseRev: 0 });
    await expect(h.corpus.reopenWithEncoding({ documentId: GIPFEL_ID, encoding: 'utf-8' })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/already has annotations.*UTF-8/) });
    expect((await h.corpus.listCorpus(undefined)).documents.map((d) => d.id)).toEqual([GIPFEL_ID]);
  });

  it('refuses a reading that makes the file binary, with the reason', async () => {
    const h = await harness();
    await h.open(h.fixture('wahl.utf16le-bom.txt'));
    const [entry] = (await h.corpus.listCorpus(undefined)).documents;
    await expect(h.corpus.reopenWithEncoding({ documentId: entry?.id as string, encoding: 'utf-8' })).rejects.toMatchObject({ code: 'bad-request', message: expect.stringMatching(/does not look like text/) });
  });
});
