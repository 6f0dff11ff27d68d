import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createMainServices } from '../../../../../electron/main/createMainServices';
import { createConfSettings } from '../../../../../electron/node/settings/createConfSettings';
import { documentPaths } from '../../../../../electron/node/store/documentPaths';
import { BUILTIN_ARTICLE_TEXT } from '@shared/corpus/builtinArticle';
import { documentIdOf } from '@shared/text/documentId';
import { OpenedDocumentSchema } from '@shared/ipc/contract';

const BUILTIN_ID = documentIdOf(BUILTIN_ARTICLE_TEXT);

async function services(dataDir?: string) {
  const dir = dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'tagwerk-handlers-')));
  const settings = createConfSettings({ dataDir: dir });
  const s = await createMainServices({
    dataDir: dir,
    locale: () => 'de-DE',
    userName: () => 'jonas',
    platform: 'linux',
    version: 'test',
    settings,
    dialogs: { showOpen: async () => null, showSave: async () => null },
    emit: () => undefined,
  });
  return { ...s, dataDir: dir };
}

const annotation = (over: Record<string, unknown> = {}) => ({
  id: 'a1',
  label: 'actor',
  start: 278,
  end: 292,
  text: 'Wladimir Putin',
  annotator: 'jonas',
  ...over,
});

describe('document handlers', () => {
  it('opens the built-in article at first start with no annotations', async () => {
    const { handlers } = await services();
    const opened = await handlers.openStartDocument(undefined);
    expect(opened.document.id).toBe(BUILTIN_ID);
    expect(opened.document.text).toBe(BUILTIN_ARTICLE_TEXT);
    expect(opened.document.source).toBe('builtin:000_2010653594c6cf10.txt');
    expect(opened.annotations).toEqual([]);
    expect(opened.rev).toBe(0);
  });

  it("starts without sweeping the document folders, sweeps them once the start document is answered, and reports it with the next document", async () => {
    const first = await services();
    const { meta } = await first.store.putDocument({ text: 'Meldung aus Mu\u0308nchen 📰.', title: 'München', source: 'import.txt', encoding: 'utf-8' });
    await first.close();
    const dir = documentPaths(first.dataDir, meta.id).dir;
    const stale = path.join(dir, 'annotations.json.0123456789ab.tmp');
    await writeFile(stale, '{"half":');
    const { handlers, store } = await services(first.dataDir);
    // init returned with the temp file still there: the sweep is not on the path to the window.
    expect(await readdir(dir)).toContain(path.basename(stale));
    const swept = vi.spyOn(store, 'sweepStaleTemps');
    const opened = await handlers.openStartDocument(undefined);
    expect(opened.notices).toEqual([]);
    await vi.waitFor(async () => expect(await readdir(dir)).not.toContain(path.basename(stale)));
    const next = await handlers.openDocument({ documentId: meta.id });
    expect(next.notices).toMatchObject([{ code: 'stale-temp-removed', severity: 'info' }]);
    await handlers.openStartDocument(undefined);
    expect(swept).toHaveBeenCalledTimes(1);
  });

  it('opens the built-in article at the first start of an imported store without listing the corpus', async () => {
    const { handlers, store } = await services();
    for (const text of ['Erste Meldung über Köln 📰.', 'Zweite Meldung aus Mu\u0308nchen.']) await store.putDocument({ text, title: text.slice(0, 12), source: 'import.txt', encoding: 'utf-8' });
    const listed = vi.spyOn(store, 'listDocuments');
    const summaries = vi.spyOn(store, 'listSummaries');
    const opened = await handlers.openStartDocument(undefined);
    expect(opened.document.id).toBe(BUILTIN_ID);
    expect(listed).not.toHaveBeenCalled();
    expect(summaries).not.toHaveBeenCalled();
    // It is a document of the corpus now, beside the imported ones.
    expect((await store.listDocuments()).documents.map((d) => d.id)).toContain(BUILTIN_ID);
  });

  it('saves my annotations with code-point offsets and the settings annotator, and reopens them', async () => {
    const { handlers, dataDir, flush } = await services();
    await handlers.openStartDocument(undefined);
    const saved = await handlers.saveAnnotations({ documentId: BUILTIN_ID, baseRev: 0, annotations: [annotation()], relations: [] });
    expect(saved.rev).toBe(1);
    await flush();
    const file = JSON.parse(await readFile(documentPaths(dataDir, BUILTIN_ID).annotations, 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({ offsetUnit: 'codepoint', rev: 1, annotator: 'jonas', documentId: BUILTIN_ID });
    const reopened = await (await services(dataDir)).handlers.openStartDocument(undefined);
    expect(reopened.annotations).toEqual([annotation()]);
    // Main sends this answer without parsing it again (contract: answersParsed): it must be what the schema would give.
    expect(OpenedDocumentSchema.parse(reopened)).toEqual(reopened);
  });

  it('refuses a save based on a stale revision instead of overwriting', async () => {
    const { handlers } = await services();
    await handlers.openStartDocument(undefined);
    await handlers.saveAnnotations({ documentId: BUILTIN_ID, baseRev: 0, annotations: [annotation()], relations: [] });
    await expect(handlers.saveAnnotations({ documentId: BUILTIN_ID, baseRev: 0, annotations: [], relations: [] })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses spans whose quote does not match the text (emoji and NFD cases), writing nothing', async () => {
    const { handlers, dataDir } = await services();
    await handlers.openStartDocument(undefined);
    for (const bad of [annotation({ text: 'Wladimir Putin😀' }), annotation({ text: 'Wladimir Pu\u0308tin' }), annotation({ end: 99_999 })]) {
      await expect(handlers.saveAnnotations({ documentId: BUILTIN_ID, baseRev: 0, annotations: [bad], relations: [] })).rejects.toMatchObject({ code: 'bad-request' });
    }
    await expect(readFile(documentPaths(dataDir, BUILTIN_ID).annotations)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('tells which document was recovered when annotations.json is damaged', async () => {
    const { handlers, dataDir, flush } = await services();
    await handlers.openStartDocument(undefined);
    await handlers.saveAnnotations({ documentId: BUILTIN_ID, baseRev: 0, annotations: [annotation()], relations: [] });
    await handlers.saveAnnotations({ documentId: BUILTIN_ID, baseRev: 1, annotations: [annotation(), annotation({ id: 'a2', start: 0, end: 3, text: 'Die', label: 'claim' })], relations: [] });
    await flush();
    await writeFile(documentPaths(dataDir, BUILTIN_ID).annotations, '\0\0\0');
    const opened = await (await services(dataDir)).handlers.openStartDocument(undefined);
    expect(opened.notices.map((n) => n.code)).toEqual(expect.arrayContaining(['quarantined', 'recovered-from-backup']));
    expect(opened.notices.every((n) => n.message.length > 10)).toBe(true);
    expect(opened.annotations.map((a) => a.id)).toContain('a1');
    expect(OpenedDocumentSchema.parse(opened)).toEqual(opened);
  });

  it('remembers the last open document and its scroll position across a quit', async () => {
    const { handlers, dataDir, close } = await services();
    await handlers.openStartDocument(undefined);
    handlers.rememberScroll({ documentId: BUILTIN_ID, scrollTop: 512.4 });
    await close();
    const again = await (await services(dataDir)).handlers.openStartDocument(undefined);
    expect(again.scrollTop).toBe(512);
    expect(again.scrollAnchor).toBeUndefined();
  });

  it('remembers where in the text the view was across a quit, and forgets it when a later position comes without one', async () => {
    const first = await services();
    await first.handlers.openStartDocument(undefined);
    first.handlers.rememberScroll({ documentId: BUILTIN_ID, scrollTop: 9000, anchor: { codePoint: 1234, offset: 17.6 } });
    await first.close();
    const second = await services(first.dataDir);
    expect(await second.handlers.openStartDocument(undefined)).toMatchObject({ scrollTop: 9000, scrollAnchor: { codePoint: 1234, offset: 18 } });
    second.handlers.rememberScroll({ documentId: BUILTIN_ID, scrollTop: 40 });
    await second.close();
    const third = await (await services(first.dataDir)).handlers.openStartDocument(undefined);
    expect(third.scrollTop).toBe(40);
    expect(third.scrollAnchor).toBeUndefined();
  });

  it('opens without writing settings.json on the way (recents and scroll are written together later, or at quit)', async () => {
    const { handlers, store, dataDir, flush } = await services();
    const { meta } = await store.putDocument({ text: 'Meldung aus Mu\u0308nchen 📰.', title: 'München', source: 'import.txt', encoding: 'utf-8' });
    await handlers.openStartDocument(undefined);
    await flush();
    const file = path.join(dataDir, 'settings.json');
    const before = await readFile(file, 'utf8');
    await handlers.openDocument({ documentId: meta.id });
    handlers.rememberScroll({ documentId: meta.id, scrollTop: 40 });
    expect(await readFile(file, 'utf8')).toBe(before);
    await flush();
    const written = JSON.parse(await readFile(file, 'utf8')) as { lastDocumentId: string; recentDocuments: string[]; lastScroll: Record<string, number> };
    expect(written).toMatchObject({ lastDocumentId: meta.id, recentDocuments: [meta.id, BUILTIN_ID], lastScroll: { [meta.id]: 40 } });
  });

  it('rejects ids that are not sha256 before touching a path', async () => {
    const { handlers } = await services();
    await expect(handlers.openDocument({ documentId: 'sha256:' + 'f'.repeat(64) })).rejects.toMatchObject({ code: 'not-found' });
  });
});
